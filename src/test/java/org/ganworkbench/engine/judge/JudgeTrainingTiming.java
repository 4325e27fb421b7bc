package org.ganworkbench.engine.judge;

import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;

/** Not a test: trains the judge on a dataset and prints its time and held-out accuracy. */
public final class JudgeTrainingTiming {

    public static void main(String[] args) {
        ComputeBackend.initialize();
        if (args.length > 1) ComputeBackend.setThreads(Integer.parseInt(args[1]));
        Dataset data = Datasets.open(new DataSpec(args[0], 0));
        long t0 = System.nanoTime();
        Judge judge = JudgeTraining.train(data, JudgeTraining.Settings.DEFAULT, (f, t) -> { }, () -> false);
        System.out.printf("%s: %.1f s, %s; per class %s%n", args[0], (System.nanoTime() - t0) / 1e9,
                judge.info().accuracySummary(), java.util.Arrays.toString(judge.info().classAccuracy()));
        float[] images = new float[1000 * data.shape().size()];
        for (int i = 0; i < 1000; i++) data.copyExample(i, images, i * data.shape().size());
        for (int r = 0; r < 3; r++) {
            long t = System.nanoTime();
            JudgeReport rep = judge.report(images, 1000, null);
            System.out.printf("report on 1000 real (training part mostly): %.0f ms, fid %.2f, %s%n", (System.nanoTime() - t) / 1e6,
                    rep.frechet(), rep.verdicts().summary());
        }
    }
}
