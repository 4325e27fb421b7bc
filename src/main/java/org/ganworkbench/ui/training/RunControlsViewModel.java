package org.ganworkbench.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * Start, pause/resume, the three step buttons, stop, reset and a progressive run's "Grow now": what each does in each state, and
 * when it is enabled. Start with no run open prepares a run from the editor and starts it (one
 * click from opening the app to live samples); the step buttons do the same without starting.
 */
public final class RunControlsViewModel {

    private final RunViewModel run;
    private final ConfigEditorViewModel editor;
    private final BooleanBinding canStart;
    private final BooleanBinding canPause;
    private final BooleanBinding canStep;
    private final BooleanBinding canStop;
    private final BooleanBinding canReset;
    private final BooleanBinding progressive;
    private final BooleanBinding canGrow;
    private final StringBinding startText;
    private final StringBinding blockedReason;
    private BooleanSupplier confirmDiscard = () -> true;
    private LongSupplier lessonLength = () -> 0;
    private Runnable afterReset = () -> { };

    public RunControlsViewModel(RunViewModel run, ConfigEditorViewModel editor) {
        this.run = run;
        this.editor = editor;
        var state = run.stateProperty();
        BooleanBinding fresh = Bindings.createBooleanBinding(
                () -> state.get() == null && editor.valid() && !run.openingProperty().get(),
                state, editor.validProperty(), run.openingProperty());
        BooleanBinding resumable = Bindings.createBooleanBinding(
                () -> (state.get() == RunState.READY || state.get() == RunState.PAUSED) && run.trainableProperty().get(),
                state, run.trainableProperty());
        BooleanBinding again = Bindings.createBooleanBinding(
                () -> (state.get() == RunState.STOPPED || state.get() == RunState.FAILED) && editor.valid(),
                state, editor.validProperty());
        canStart = fresh.or(resumable).or(again);
        canPause = Bindings.createBooleanBinding(() -> state.get() == RunState.RUNNING, state);
        canStep = fresh.or(resumable).or(canPause.and(run.trainableProperty()));
        canStop = Bindings.createBooleanBinding(() -> state.get() == RunState.READY || state.get() == RunState.RUNNING
                || state.get() == RunState.PAUSED, state);
        canReset = run.hasRunProperty();
        progressive = Bindings.createBooleanBinding(() -> growth() != null, run.snapshotProperty());
        canGrow = Bindings.createBooleanBinding(() -> {
            GrowthStatus g = growth();
            RunState s = state.get();
            return g != null && !g.finalStage() && (s == RunState.READY || s == RunState.RUNNING || s == RunState.PAUSED);
        }, run.snapshotProperty(), state);
        startText = Bindings.createStringBinding(() -> switch (state.get() == null ? RunState.READY : state.get()) {
            case PAUSED -> "Resume";
            case STOPPED, FAILED -> "Start again";
            default -> "Start";
        }, state);
        blockedReason = Bindings.createStringBinding(() -> {
            if (state.get() == null && !editor.valid()) return "Cannot start: " + editor.summaryProperty().get();
            if (state.get() != null && !run.trainableProperty().get()) {
                return "This session's dataset is not available here: you can look, sample and export, not train.";
            }
            return "";
        }, state, editor.validProperty(), editor.summaryProperty(), run.trainableProperty());
    }

    /**
     * Starts a fresh run, resumes a paused one, or after Stop starts again from the settings (asking
     * first when that would throw away unsaved steps).
     */
    public void start() {
        if (!canStart.get()) return;
        RunState s = run.state();
        if (s == RunState.STOPPED || s == RunState.FAILED) {
            if (resetLosesWork() && !confirmDiscard.getAsBoolean()) return;
            run.discard();
            s = null;
        }
        if (s == null) run.startFresh(editor.config(), editor.runName(), lessonLength.getAsLong());
        else run.resume();
    }

    /** Asks the user whether unsaved steps may go (the window's dialog); true to go ahead. */
    public void setDiscardConfirmation(BooleanSupplier confirm) {
        confirmDiscard = confirm;
    }

    /**
     * The step at which a fresh run pauses, so a lesson stops where its point is made (the preset's
     * length); 0 trains on until paused. Resume carries on from there.
     */
    public void setLessonLength(LongSupplier steps) {
        lessonLength = steps;
    }

    /** Runs after every reset, e.g. to offer the preset's own settings back. */
    public void setAfterReset(Runnable action) {
        afterReset = action;
    }

    public void pause() {
        if (canPause.get()) run.pause();
    }

    /** Space: start when nothing runs, else pause or resume. */
    public void togglePause() {
        if (canPause.get()) run.pause();
        else start();
    }

    public void step(StepKind kind) {
        if (!canStep.get()) return;
        if (run.state() == null) run.stepFresh(editor.config(), editor.runName(), kind);
        else run.step(kind);
    }

    /**
     * "Grow now": a progressive run starts fading in its next stage at the next step (a live knob: the
     * step it happened at is the stage change's marker on the charts).
     */
    public void growNow() {
        if (canGrow.get()) run.controls().requestGrowth();
    }

    private GrowthStatus growth() {
        TrainingSnapshot s = run.snapshot();
        return s == null ? null : s.growth();
    }

    public void stop() {
        if (canStop.get()) run.stop();
    }

    /** Discards the run; the editor keeps its settings (live changes included) for the next one. */
    public void reset() {
        run.discard();
        afterReset.run();
    }

    public BooleanBinding canStartProperty() { return canStart; }
    public BooleanBinding canPauseProperty() { return canPause; }
    public BooleanBinding canStepProperty() { return canStep; }
    public BooleanBinding canStopProperty() { return canStop; }
    public BooleanBinding canResetProperty() { return canReset; }
    /** True while the run shown grows progressively: only then is there a "Grow now" button. */
    public BooleanBinding progressiveProperty() { return progressive; }
    /** A progressive run with a stage left to grow into, which can take a step. */
    public BooleanBinding canGrowProperty() { return canGrow; }
    public StringBinding startTextProperty() { return startText; }
    /** Why Start is disabled, in words; empty when it is not. */
    public StringBinding blockedReasonProperty() { return blockedReason; }
    /** True when resetting would throw away trained steps that were never saved. */
    public boolean resetLosesWork() { return run.unsaved() && run.step() > 0; }
}
