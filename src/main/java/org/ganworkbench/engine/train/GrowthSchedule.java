package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.GrowthSpec;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.nn.Growth;

/**
 * When a progressive run grows (Karras et al. 2018): each stage trains {@code stepsPerStage} steps,
 * the first {@code fadeInSteps} of them fading in (alpha = steps into the stage / fade-in steps),
 * unless the teacher presses "Grow now", which starts the next stage at the next step. The stage
 * starts live in the run's {@link TrainingCounters}, so a saved, resumed, rewound or branched run
 * grows exactly as the original would.
 */
public final class GrowthSchedule {

    private GrowthSchedule() {
    }

    /**
     * Before a step: starts the next stage when it is due (or asked for), and sets the stage and
     * alpha the step trains with.
     *
     * @return true when a stage began
     */
    static boolean beforeStep(GanModel model, TrainingCounters counters, GrowthSpec spec, boolean growNow) {
        Growth growth = model.growth().orElse(null);
        if (growth == null) return false;
        boolean due = counters.stage() < growth.stages() - 1
                && (growNow || counters.step() - counters.stageStart() >= spec.stepsPerStage());
        if (due) counters.startStage();
        growth.set(counters.stage(), alpha(spec, counters.stage(), counters.stageStart(), counters.step() + 1));
        return due;
    }

    /** Sets the stage and alpha of the last completed step (a run opened, rewound or branched; before rendering). */
    public static void settle(GanModel model, TrainingCounters counters) {
        model.growth().ifPresent(g -> g.set(Math.min(counters.stage(), g.stages() - 1),
                alpha(model.config().model().growth(), counters.stage(), counters.stageStart(), counters.step())));
    }

    /** The new stage's share after {@code stepsDone} steps in all: 1 at stage 0, with no fade-in, and once faded in. */
    static double alpha(GrowthSpec spec, int stage, long stageStart, long stepsDone) {
        if (stage == 0 || spec.fadeInSteps() == 0) return 1;
        return Math.max(0, Math.min(1, (stepsDone - stageStart) / (double) spec.fadeInSteps()));
    }
}
