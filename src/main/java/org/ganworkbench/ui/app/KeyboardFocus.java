package org.ganworkbench.ui.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the run keys (Space, S, D, G) working: the window starts with the focus on itself rather
 * than on the first text box, a click on the samples or charts takes the focus back from a text
 * box, and Escape leaves a text box.
 */
final class KeyboardFocus {

    private KeyboardFocus() {
    }

    static void install(Scene scene, Parent root) {
        Platform.runLater(root::requestFocus);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node target && !insideControl(target)) root.requestFocus();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && scene.getFocusOwner() instanceof TextInputControl) {
                root.requestFocus();
            }
        });
    }

    /** Clicks on controls that take input keep their focus; clicks anywhere else give it to the window. */
    private static boolean insideControl(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ComboBoxBase<?> || n instanceof ButtonBase
                    || n instanceof Slider) {
                return true;
            }
        }
        return false;
    }
}
