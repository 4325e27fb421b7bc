package org.ganworkbench.ui.training;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.ganworkbench.engine.train.StepKind;

/**
 * Keys for the run: Space start/pause/resume, S step, D step D only, G step G only, Ctrl+. stop,
 * Ctrl+R reset. Installed as a scene filter, and ignored while the user types in a text box, so a
 * space in a value never pauses the class's run.
 */
public final class RunShortcuts {

    private RunShortcuts() {
    }

    public static void install(Scene scene, RunControlsViewModel vm, BooleanSupplier confirmReset) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (typing(scene.getFocusOwner())) return;
            boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            boolean handled = true;
            if (plain && e.getCode() == KeyCode.SPACE) vm.togglePause();
            else if (plain && e.getCode() == KeyCode.S) vm.step(StepKind.FULL);
            else if (plain && e.getCode() == KeyCode.D) vm.step(StepKind.D_ONLY);
            else if (plain && e.getCode() == KeyCode.G) vm.step(StepKind.G_ONLY);
            else if (e.isShortcutDown() && e.getCode() == KeyCode.PERIOD) vm.stop();
            else if (e.isShortcutDown() && e.getCode() == KeyCode.R) {
                if (vm.canResetProperty().get() && (!vm.resetLosesWork() || confirmReset.getAsBoolean())) vm.reset();
            } else handled = false;
            if (handled) e.consume();
        });
    }

    private static boolean typing(Node focus) {
        if (focus instanceof ComboBoxBase<?> box) return box.isEditable();
        return focus instanceof TextInputControl t && t.isEditable() && !t.isDisabled();
    }
}
