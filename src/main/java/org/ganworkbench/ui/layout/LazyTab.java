package org.ganworkbench.ui.layout;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is chosen. Start-up builds only what the window
 * shows first: every node of a hidden tab still costs the CSS pass that lays the window out (the
 * explorer and the hyperparameter editor were over a third of the studio's start-up).
 */
public final class LazyTab {

    private LazyTab() {
    }

    public static Tab of(String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        Runnable build = () -> {
            if (tab.getContent() == null) tab.setContent(content.get());
        };
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) build.run();
        });
        if (tab.isSelected()) build.run();
        return tab;
    }
}
