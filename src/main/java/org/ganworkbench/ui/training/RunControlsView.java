package org.ganworkbench.ui.training;

import java.util.function.BooleanSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.ganworkbench.engine.train.StepKind;

/**
 * The run buttons. Each says in its tooltip what it does and its key; Reset asks first when it
 * would throw away steps that were never saved.
 */
public final class RunControlsView extends HBox {

    private final Label blocked = new Label();

    /** @param confirmReset asks the user whether to discard unsaved steps; true to go ahead */
    public RunControlsView(RunControlsViewModel vm, BooleanSupplier confirmReset) {
        getStyleClass().add("run-controls");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Button start = button("start", "\u25B6 Start", "Start training (F6 or Space). With no run open, prepares one from the "
                + "settings on the left and starts it.", vm.canStartProperty(), vm::start);
        start.textProperty().bind(javafx.beans.binding.Bindings.concat("\u25B6 ", vm.startTextProperty()));
        start.getStyleClass().add("primary");
        Button pause = button("pause", "\u275A\u275A Pause", "Pause after the current step (F6 or Space).", vm.canPauseProperty(), vm::pause);
        Button step = button("step", "Step", "One full step: D update(s), then G update (F7 or S).", vm.canStepProperty(),
                () -> vm.step(StepKind.FULL));
        Button stepD = button("step-d", "Step D", "One discriminator update only; G does not change (F8 or D).",
                vm.canStepProperty(), () -> vm.step(StepKind.D_ONLY));
        Button stepG = button("step-g", "Step G", "One generator update only; D does not change (F9 or G).",
                vm.canStepProperty(), () -> vm.step(StepKind.G_ONLY));
        Button stop = button("stop", "\u25A0 Stop", "Stop training for good (Ctrl+.). The model stays: sample, export "
                + "and save it.", vm.canStopProperty(), vm::stop);
        Button reset = button("reset", "\u21BA Reset", "Discard this run and go back to editing the settings, keeping "
                + "any live changes (Ctrl+R).", vm.canResetProperty(), () -> {
                    if (!vm.resetLosesWork() || confirmReset.getAsBoolean()) vm.reset();
                });
        Button grow = button("grow-now", "Grow now", "Progressive growing: start fading in the next, finer stage at the "
                + "next step instead of waiting for this stage's steps to run out.", vm.canGrowProperty(), vm::growNow);
        grow.visibleProperty().bind(vm.progressiveProperty());
        grow.managedProperty().bind(vm.progressiveProperty());
        blocked.setId("start-blocked");
        blocked.getStyleClass().add("start-blocked");
        blocked.textProperty().bind(vm.blockedReasonProperty());
        blocked.setMaxWidth(420);
        blocked.setTooltip(new Tooltip());
        blocked.getTooltip().textProperty().bind(vm.blockedReasonProperty());
        getChildren().addAll(start, pause, step, stepD, stepG, stop, reset, grow, blocked);
    }

    private static Button button(String id, String text, String tip, BooleanBinding enabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        b.setTooltip(tooltip);
        b.disableProperty().bind(enabled.not());
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }
}
