package org.ganworkbench.engine.judge;

import java.util.function.Consumer;
import org.ganworkbench.engine.data.Dataset;

/**
 * The judge for anyone who has a dataset and some generated images: a command, a test, a later
 * feature measuring its own images. {@code Judges.evaluate(data, images, n, null)} is the whole API:
 * the judge of {@code data} comes from the user's cache or is trained first (once per dataset).
 */
public final class Judges {

    private Judges() {
    }

    /**
     * The judge of {@code data}: cached, or trained now on the calling thread (seconds to a minute) and cached.
     * The calling thread's native ops run on one core meanwhile (see {@link #useOneCore()}).
     */
    public static Judge of(Dataset data, JudgeTraining.Progress progress, Consumer<String> notes) {
        useOneCore();
        return JudgeCache.inUserCache().obtain(data, JudgeTraining.Settings.DEFAULT, progress, () -> false, notes);
    }

    /**
     * Native ops of the calling thread on one core. The judge's small convolutions gain little from a
     * second thread, and on a busy machine two OpenMP threads spinning for each other cost far more
     * (its digits training took 18 s on one thread, and minutes with two on a loaded 2-core machine).
     */
    public static void useOneCore() {
        org.ganworkbench.engine.ComputeBackend.setThreadsOfThisThread(1);
    }

    /**
     * The judge's report on n generated images of {@code data}'s kind.
     *
     * @param images n x C x H x W values in [-1, 1]
     * @param asked  the class each image was generated as (a conditional generator), or null
     * @throws NoJudgeException when the data can have no judge (e.g. unlabelled)
     */
    public static JudgeReport evaluate(Dataset data, float[] images, int n, int[] asked) {
        return of(data, JudgeTraining.Progress.NONE, note -> { }).report(images, n, asked);
    }
}
