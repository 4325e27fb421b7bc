package org.ganworkbench.ui.timeline;

import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.train.CheckpointMark;
import org.ganworkbench.engine.train.CheckpointPolicy;
import org.ganworkbench.engine.train.CheckpointTimeline;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * The checkpoint timeline under the charts: the checkpoints the run holds (polled on the UI pulse),
 * the one the teacher picked, what they cost against the memory budget, and "Rewind to here".
 * FX thread only.
 */
public final class CheckpointTimelineViewModel {

    private final RunViewModel run;
    private final ObjectProperty<CheckpointTimeline> timeline = new SimpleObjectProperty<>(CheckpointTimeline.EMPTY);
    private final ObjectProperty<CheckpointMark> selected = new SimpleObjectProperty<>();
    private final LongProperty lastStep = new SimpleLongProperty();
    private final StringProperty summary = new SimpleStringProperty("No checkpoints yet");
    private final BooleanBinding canRewind = selected.isNotNull();
    private TrainingRun seen;
    private CheckpointPolicy policy = CheckpointPolicy.DEFAULT;

    public CheckpointTimelineViewModel(RunViewModel run) {
        this.run = run;
        run.addPulseListener(this::update);
        // a new run gets the policy at once, queued on its thread before its first step
        run.runNumberProperty().addListener((obs, o, n) -> {
            TrainingRun created = run.currentRun();
            if (created != null) created.setCheckpointPolicy(policy);
            update();
        });
    }

    /** Reads the run's checkpoints; called on every UI pulse. */
    public void update() {
        TrainingRun engineRun = run.engineRun();
        if (engineRun != seen) {
            seen = engineRun;
            selected.set(null);
            if (engineRun != null) engineRun.setCheckpointPolicy(policy);
        }
        CheckpointTimeline now = engineRun == null ? CheckpointTimeline.EMPTY : engineRun.checkpoints();
        lastStep.set(run.step());
        if (now.equals(timeline.get())) return;
        timeline.set(now);
        if (selected.get() != null && !now.marks().contains(selected.get())) selected.set(null);
        summary.set(describe(now));
    }

    static String describe(CheckpointTimeline t) {
        if (!t.notice().isEmpty()) return t.notice();
        if (!t.policy().enabled()) return "Checkpoints are off";
        if (t.marks().isEmpty()) return "No checkpoints yet";
        return String.format(Locale.ROOT, "%d checkpoints, %.1f of %.0f MB%s", t.marks().size(),
                t.usedBytes() / 1048576.0, t.policy().budgetBytes() / 1048576.0,
                t.thinned() > 0 ? ", " + t.thinned() + " thinned" : "");
    }

    /** How often checkpoints are taken and the memory they may hold, for this run and the next ones. */
    public void setPolicy(CheckpointPolicy policy) {
        this.policy = policy;
        TrainingRun current = run.currentRun();
        if (current != null) current.setCheckpointPolicy(policy);
    }

    public CheckpointPolicy policy() {
        return policy;
    }

    /** The budget choices offered, in MB. */
    public static final java.util.List<Integer> BUDGETS_MB = java.util.List.of(64, 256, 1024, 4096);

    public void setBudgetMb(int mb) {
        setPolicy(new CheckpointPolicy(policy.everySteps(), mb * CheckpointPolicy.MIB));
    }

    /** Picks the checkpoint nearest to {@code step} (a click on the strip); null when there is none. */
    public void selectNearest(double step) {
        CheckpointMark best = null;
        for (CheckpointMark m : timeline.get().marks()) {
            if (best == null || Math.abs(m.step() - step) < Math.abs(best.step() - step)) best = m;
        }
        selected.set(best);
    }

    public void select(CheckpointMark mark) {
        selected.set(mark);
    }

    /** "Rewind to here": the run goes back to the picked checkpoint. */
    public void rewindToSelected() {
        CheckpointMark mark = selected.get();
        if (mark == null) return;
        run.rewindTo(mark);
        selected.set(null);
    }

    public ReadOnlyObjectProperty<CheckpointTimeline> timelineProperty() {
        return timeline;
    }

    public ReadOnlyObjectProperty<CheckpointMark> selectedProperty() {
        return selected;
    }

    public ReadOnlyLongProperty lastStepProperty() {
        return lastStep;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public BooleanBinding canRewindProperty() {
        return canRewind;
    }

    /** "Rewind to step 300" when one is picked, else the hint to pick one. */
    public javafx.beans.binding.StringBinding rewindTextProperty() {
        return Bindings.createStringBinding(() -> selected.get() == null ? "Rewind to here"
                : "Rewind to step " + selected.get().step(), selected);
    }
}
