package org.ganworkbench.ui.app;

import java.net.URL;
import javafx.scene.Scene;

/**
 * The two looks: a clean light theme for the desk, and presenter mode, which adds a high-contrast
 * stylesheet with large type and controls on top of it (readable from the back of a room).
 */
final class Theme {

    static final String LIGHT = org.ganworkbench.ui.charts.ThemePalette.DESK_STYLESHEET;
    static final String PRESENTER = "/assets/css/presenter.css";

    private Theme() {
    }

    static void apply(Scene scene, boolean presenter) {
        String light = url(LIGHT);
        String big = url(PRESENTER);
        if (!scene.getStylesheets().contains(light)) scene.getStylesheets().add(0, light);
        if (presenter && !scene.getStylesheets().contains(big)) scene.getStylesheets().add(big);
        if (!presenter) scene.getStylesheets().remove(big);
        scene.getRoot().pseudoClassStateChanged(org.ganworkbench.ui.charts.ThemePalette.PRESENTER, presenter);
    }

    private static String url(String resource) {
        URL url = Theme.class.getResource(resource);
        if (url == null) throw new IllegalStateException("missing stylesheet " + resource);
        return url.toExternalForm();
    }
}
