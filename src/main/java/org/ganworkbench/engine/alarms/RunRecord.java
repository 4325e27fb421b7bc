package org.ganworkbench.engine.alarms;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.JudgedHistory;
import org.ganworkbench.engine.train.QualityHistory;

/**
 * What the alarm rules read: a run's per-step history, its sample-quality measurements (2D coverage
 * or the judge's), the knobs in use, and the problem that paused it, if any. The histories are
 * thread-safe, so the rules may run on the UI thread.
 *
 * @param live        the live config (the loss decides how D's output reads; remedies start from its knobs)
 * @param lastProblem the message a non-finite step paused training with, or empty
 */
public record RunRecord(History history, QualityHistory quality, JudgedHistory judged, GanConfig live, String lastProblem) {
}
