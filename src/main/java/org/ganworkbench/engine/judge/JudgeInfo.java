package org.ganworkbench.engine.judge;

import java.util.List;

/**
 * What a trained judge is and how good it is: the provenance of its numbers.
 *
 * @param datasetId          the dataset it was trained on, e.g. {@code fashion-mnist}
 * @param fingerprint        that dataset's SHA-256: a judge belongs to exactly this data
 * @param classNames         its classes, index = label
 * @param heldOutAccuracy    fraction of the held-out images it classifies correctly
 * @param classAccuracy      the same per class (how far to trust it on each)
 * @param heldOutCount       held-out images (never trained on): accuracy and the Fréchet reference
 * @param realFrechet        the Fréchet distance of real images (from the training part) to that reference:
 *                           about what a perfect generator scores with as many samples
 * @param trainedExamples    images it was trained on (the GAN may see them too)
 * @param trainingSeconds    how long training took
 * @param architecture       {@link JudgeNetwork#ARCHITECTURE} of its layout
 */
public record JudgeInfo(String datasetId, String fingerprint, List<String> classNames, double heldOutAccuracy,
                        double[] classAccuracy, int heldOutCount, double realFrechet, int trainedExamples, double trainingSeconds,
                        int architecture) {

    public JudgeInfo {
        classNames = List.copyOf(classNames);
    }

    /** e.g. "judge 98.9% accurate on 2,000 held-out images". */
    public String accuracySummary() {
        return String.format(java.util.Locale.ROOT, "judge %.1f%% accurate on %,d held-out images", 100 * heldOutAccuracy,
                heldOutCount);
    }
}
