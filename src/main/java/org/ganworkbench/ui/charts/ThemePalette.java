package org.ganworkbench.ui.charts;

import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The canvas palette of the theme a node is shown in. The theme marks the scene's root with the
 * {@code :presenter} pseudo-class in presenter mode; canvases, which CSS cannot reach, take their
 * colours from here and redraw when it switches, so presenter mode restyles every one of them
 * without each view being told.
 */
public final class ThemePalette {

    /** Set on the scene's root in presenter mode (by the theme). */
    public static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");

    private ThemePalette() {
    }

    /** The palette for the node's scene now: presenter or light (also light before the node is shown). */
    public static ChartPalette of(Node node) {
        Scene scene = node.getScene();
        boolean presenter = scene != null && scene.getRoot() != null && scene.getRoot().getPseudoClassStates().contains(PRESENTER);
        return presenter ? ChartPalette.PRESENTER : ChartPalette.LIGHT;
    }

    /** Runs {@code redraw} when the node joins a scene and whenever that scene's theme switches. */
    public static void redrawOnSwitch(Node node, Runnable redraw) {
        SetChangeListener<PseudoClass> switched = change -> {
            if (PRESENTER.equals(change.getElementAdded()) || PRESENTER.equals(change.getElementRemoved())) redraw.run();
        };
        node.sceneProperty().addListener((obs, old, now) -> {
            if (old != null && old.getRoot() != null) old.getRoot().getPseudoClassStates().removeListener(switched);
            if (now != null && now.getRoot() != null) now.getRoot().getPseudoClassStates().addListener(switched);
            redraw.run();
        });
    }
}
