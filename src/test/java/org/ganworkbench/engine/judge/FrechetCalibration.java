package org.ganworkbench.engine.judge;

import java.util.Locale;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.Rng;

/** Not a test: the Fréchet distance of real, noise and single-class images for a dataset's cached judge (README). */
public final class FrechetCalibration {
    public static void main(String[] args) {
        Judges.useOneCore();
        Dataset data = Datasets.open(new DataSpec(args[0], 0));
        Judge judge = Judges.of(data, JudgeTraining.Progress.NONE, System.out::println);
        int n = 1000;
        int size = data.shape().size();
        float[] real = new float[n * size];
        Rng rng = new Rng(11);
        for (int i = 0; i < n; i++) data.copyExample(rng.nextInt(data.size()), real, i * size);
        float[] noise = new float[n * size];
        new Rng(3).fillUniform(noise, 0, noise.length, -1, 1);
        float[] one = new float[n * size];
        for (int i = 0, found = 0; found < n; i++) if (data.label(i) == 1) data.copyExample(i, one, found++ * size);
        float[] blank = new float[n * size];
        java.util.Arrays.fill(blank, -1f);
        System.out.printf(Locale.ROOT, "%s: %s; real (random 1,000) %.1f, one class (%s) %.1f, uniform noise %.1f, blank %.1f%n",
                args[0], judge.info().accuracySummary(), judge.frechetDistance(real, n), data.classNames().get(1),
                judge.frechetDistance(one, n), judge.frechetDistance(noise, n), judge.frechetDistance(blank, n));
    }
}
