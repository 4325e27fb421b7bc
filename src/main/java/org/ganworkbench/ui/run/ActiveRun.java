package org.ganworkbench.ui.run;

import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.QualityHistory;
import org.ganworkbench.engine.train.TrainingControls;
import org.ganworkbench.engine.train.TrainingRun;

/**
 * One training run as the window holds it: the run, its own mailbox (so a discarded run's last
 * snapshots never reach the next one), and its history and controls once it is prepared. The
 * FX thread reads these without waiting: before {@link TrainingRun#ready()} completes they are null.
 */
final class ActiveRun {

    final TrainingRun run;
    final SnapshotMailbox mailbox;
    final String name;
    private volatile History history;
    private volatile TrainingControls controls;
    private volatile QualityHistory quality;
    private volatile java.util.List<String> classNames = java.util.List.of();

    ActiveRun(TrainingRun run, SnapshotMailbox mailbox, String name) {
        this.run = run;
        this.mailbox = mailbox;
        this.name = name;
        run.ready().thenAccept(ctx -> {
            history = ctx.history();
            controls = ctx.controls();
            quality = ctx.quality();
            classNames = ctx.model().classNames();
        });
    }

    History history() {
        return history;
    }

    QualityHistory quality() {
        return quality;
    }

    TrainingControls controls() {
        return controls;
    }

    /** A conditional run's class names once prepared; empty before, or for an unconditional run. */
    java.util.List<String> classNames() {
        return classNames;
    }
}
