package org.ganworkbench.engine.judge;

import java.util.Locale;
import org.ganworkbench.engine.metrics.ClassVerdicts;

/**
 * The judge's numbers on a batch of generated images.
 *
 * @param judge    which judge, and how accurate it is on held-out real images
 * @param samples  images judged
 * @param verdicts class histogram, classes present, confident share, per-class agreement
 * @param frechet  Fréchet distance of their features from the held-out real images' (lower is closer)
 */
public record JudgeReport(JudgeInfo judge, int samples, ClassVerdicts verdicts, double frechet) {

    /** The report as lines for a terminal, with the class names. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        line(s, "judge", judge.accuracySummary() + " (" + judge.datasetId() + ")");
        line(s, "samples", String.format(Locale.ROOT, "%,d", samples));
        line(s, "classes", verdicts.summary());
        line(s, "confident", String.format(Locale.ROOT, "%.1f%% (judge's top class >= %.0f%%)",
                100 * verdicts.confidentShare(), 100 * ClassVerdicts.CONFIDENT));
        line(s, "frechet", String.format(Locale.ROOT, "%.2f (judge features vs %,d held-out real images; lower is closer)",
                frechet, judge.heldOutCount()));
        StringBuilder histogram = new StringBuilder();
        for (int k = 0; k < verdicts.classes(); k++) {
            if (k > 0) histogram.append(", ");
            histogram.append(judge.classNames().get(k)).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f%%", 100 * verdicts.share(k)));
        }
        line(s, "histogram", histogram.toString());
        if (verdicts.conditional()) {
            line(s, "agreement", String.format(Locale.ROOT, "mean %.1f%%, worst %.1f%% (samples asked for class k that the judge calls k)",
                    100 * verdicts.meanAgreement(), 100 * verdicts.worstAgreement()));
            for (int k = 0; k < verdicts.classes(); k++) {
                double a = verdicts.agreement()[k];
                if (Double.isNaN(a)) continue;
                line(s, "  " + judge.classNames().get(k), String.format(Locale.ROOT, "%.1f%% (judge's own accuracy on real: %.1f%%)",
                        100 * a, 100 * judge.classAccuracy()[k]));
            }
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String key, String value) {
        s.append(String.format(Locale.ROOT, "%-16s %s%n", key, value));
    }
}
