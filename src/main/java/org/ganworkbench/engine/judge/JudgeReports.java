package org.ganworkbench.engine.judge;

import org.ganworkbench.engine.metrics.ClassVerdicts;
import org.ganworkbench.engine.train.JudgedPoint;

/** Turns a judge's report into the point a run's history keeps. */
final class JudgeReports {

    private JudgeReports() {
    }

    static JudgedPoint point(long step, JudgeReport r) {
        ClassVerdicts v = r.verdicts();
        double[] shares = new double[v.classes()];
        for (int k = 0; k < shares.length; k++) shares[k] = v.share(k);
        return new JudgedPoint(step, r.samples(), v.classesPresent(), v.largestShare(), v.confidentShare(), r.frechet(),
                shares, v.conditional() ? v.agreement().clone() : new double[0], r.judge().heldOutAccuracy(), r.judge().realFrechet());
    }
}
