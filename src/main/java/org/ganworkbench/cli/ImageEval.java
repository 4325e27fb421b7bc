package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ganworkbench.engine.judge.Judge;
import org.ganworkbench.engine.judge.JudgeReport;
import org.ganworkbench.engine.judge.Judges;
import org.ganworkbench.engine.judge.LiveJudge;
import org.ganworkbench.engine.judge.NoJudgeException;
import org.ganworkbench.engine.session.RunExports;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.TrainingRun;

/** {@code eval} of an image run: the judge's report on fresh samples, and what it measured while the run trained. */
final class ImageEval {

    private ImageEval() {
    }

    static void print(TrainingRun run, java.nio.file.Path session, int samples, long seed, boolean quiet, PrintWriter out, PrintWriter err) {
        var data = run.submit(c -> c.dataset()).join();
        if (data == null) throw new UserInputException("eval judges samples with a classifier of the run's data, which is not available here.");
        Judge judge;
        try (JudgeProgressBar bar = new JudgeProgressBar(quiet)) {
            judge = Judges.of(data, bar, note -> err.println(note));
        } catch (NoJudgeException e) {
            throw new UserInputException(e.getMessage() + " Pixel-space views (samples, neighbours) still work.");
        }
        int classes = run.classNames().size();
        int[] asked = classes > 0 ? LiveJudge.balancedLabels(samples, classes) : null;
        float[] images = run.submit(c -> RunExports.generate(c, samples, seed, asked)).join();
        JudgeReport report = judge.report(images, samples, asked);
        out.printf(Locale.ROOT, "%-16s %s (step %d)%n", "session", session, run.latest().step());
        if (run.latest().growth() != null) out.printf(Locale.ROOT, "%-16s %s%n", "growth", run.latest().growth().label());
        out.print(report.describe());
        out.flush();
        JudgedPoint first = run.submit(c -> c.judged().size() == 0 ? null : c.judged().since(0).get(0)).join();
        JudgedPoint last = run.submit(c -> c.judged().last()).join();
        int count = run.submit(c -> c.judged().size()).join();
        if (last != null) {
            out.printf(Locale.ROOT, "%-16s %d measurements, step %d to %d; Fréchet %.2f -> %.2f, classes present %d -> %d%s%n",
                    "while training", count, first.step(), last.step(), first.frechet(), last.frechet(), first.classesPresent(),
                    last.classesPresent(), last.conditional() ? String.format(Locale.ROOT, ", agreement %.1f%% -> %.1f%%",
                            100 * first.meanAgreement(), 100 * last.meanAgreement()) : "");
        }
    }
}
