package org.ganworkbench.ui.training;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.ganworkbench.engine.train.StepKind;

/**
 * Keys for the run. Function keys work wherever the focus is, a text box included (they are the
 * Run menu's accelerators): F6 start/pause/resume, F7 step, F8 step D only, F9 step G only,
 * Ctrl+. stop, Ctrl+R reset. The single keys Space, S, D and G do the same as F6-F9 and are a
 * scene filter ignored while the user types in a text box, so a space in a value never pauses the
 * class's run; Enter in a knob's box hands the focus back to the window, so Space works again at once.
 */
public final class RunShortcuts {

    public static final String START_PAUSE = "F6";
    public static final String STEP = "F7";
    public static final String STEP_D = "F8";
    public static final String STEP_G = "F9";
    public static final String STOP = "Shortcut+Period";
    public static final String RESET = "Shortcut+R";

    private RunShortcuts() {
    }

    public static void install(Scene scene, RunControlsViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (typing(scene.getFocusOwner())) return;
            boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            boolean handled = true;
            if (plain && e.getCode() == KeyCode.SPACE) vm.togglePause();
            else if (plain && e.getCode() == KeyCode.S) vm.step(StepKind.FULL);
            else if (plain && e.getCode() == KeyCode.D) vm.step(StepKind.D_ONLY);
            else if (plain && e.getCode() == KeyCode.G) vm.step(StepKind.G_ONLY);
            else handled = false;
            if (handled) e.consume();
        });
    }

    private static boolean typing(Node focus) {
        if (focus instanceof ComboBoxBase<?> box) return box.isEditable();
        return focus instanceof TextInputControl t && t.isEditable() && !t.isDisabled();
    }
}
