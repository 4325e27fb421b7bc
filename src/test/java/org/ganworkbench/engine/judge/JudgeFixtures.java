package org.ganworkbench.engine.judge;

import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.digits.ProceduralDigits;

/** One small judge of procedural digits, trained once per test JVM (a few seconds) and shared read-only by tests. */
public final class JudgeFixtures {

    /** 2,000 digits: 1,800 to learn from, 200 held out. */
    public static final int DIGITS = 2000;
    /** Two passes over the 1,800, in about four seconds on one core. */
    public static final JudgeTraining.Settings QUICK = new JudgeTraining.Settings(2, 200, 32);

    private static ImageDataset digits;
    private static Judge judge;

    private JudgeFixtures() {
    }

    public static synchronized ImageDataset digits() {
        if (digits == null) digits = ProceduralDigits.generate(DIGITS, 5);
        return digits;
    }

    /** The shared judge: call it from one thread at a time (tests run sequentially). */
    public static synchronized Judge digitsJudge() {
        if (judge == null) judge = JudgeTraining.train(digits(), QUICK, JudgeTraining.Progress.NONE, () -> false);
        return judge;
    }

    /** The first n examples of a dataset, flattened, as the generator would hand them over. */
    public static float[] images(ImageDataset data, int from, int n) {
        int size = data.shape().size();
        float[] out = new float[n * size];
        for (int i = 0; i < n; i++) data.copyExample(from + i, out, i * size);
        return out;
    }
}
