package org.ganworkbench.ui.quality;

import org.ganworkbench.engine.train.DOutputHistory;
import org.ganworkbench.engine.train.JudgedHistory;
import org.ganworkbench.engine.train.RunContext;
import org.ganworkbench.engine.train.TrainingRun;

/**
 * The thread-safe records of a prepared run that the quality views read on the FX thread: the
 * judge's measurements, D's view, and what kind of run it is. Taken once per run from its context
 * (whose other parts stay on the engine thread).
 */
public record RunRecords(TrainingRun run, JudgedHistory judged, DOutputHistory dOutputs, boolean images, boolean conditional) {

    /** The records of a prepared run, or null when it is not prepared yet. */
    public static RunRecords of(TrainingRun run) {
        if (run == null) return null;
        RunContext ctx = run.ready().getNow(null);
        if (ctx == null) return null;
        return new RunRecords(run, ctx.judged(), ctx.dOutputs(), ctx.model().shape().isImage(), ctx.model().conditional());
    }
}
