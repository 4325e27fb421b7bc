package org.ganworkbench.engine.metrics;

import java.util.Arrays;

/**
 * What a classifier (the judge) says about a batch of generated images, counted: how many it
 * puts in each class, how many classes get a fair part, the largest share, how often it is sure,
 * and, for a conditional generator, how often it names the class the generator was asked for.
 *
 * @param counts         images the judge puts in each class (its most probable class)
 * @param classesPresent classes holding at least {@link #PRESENT_FRACTION_OF_FAIR} of a fair share
 *                       (n / classes): "9 of 10 classes"
 * @param largestShare   the most frequent class's fraction of the images
 * @param confidentShare fraction of images whose most probable class has probability >= {@link #CONFIDENT}
 * @param agreement      per class k, the fraction of images asked for k that the judge calls k;
 *                       NaN for classes not asked for, all NaN for an unconditional generator
 */
public record ClassVerdicts(int[] counts, int classesPresent, double largestShare, double confidentShare,
                            double[] agreement) {

    /** A class counts as present when it holds at least a quarter of the share it would have if all were equal. */
    public static final double PRESENT_FRACTION_OF_FAIR = 0.25;
    /** The judge is "sure" of an image when its top class has at least this probability. */
    public static final double CONFIDENT = 0.9;

    /**
     * @param probabilities n rows of class probabilities (each row sums to 1)
     * @param asked         the class each image was generated as, or null for an unconditional generator
     */
    public static ClassVerdicts of(float[] probabilities, int n, int classes, int[] asked) {
        if (n < 1 || probabilities.length != (long) n * classes) {
            throw new IllegalArgumentException(probabilities.length + " probabilities are not " + n + " x " + classes);
        }
        if (asked != null && asked.length != n) throw new IllegalArgumentException(n + " images but " + asked.length + " labels");
        int[] counts = new int[classes];
        int[] askedCount = new int[classes];
        int[] agreed = new int[classes];
        int confident = 0;
        for (int i = 0; i < n; i++) {
            int top = 0;
            for (int k = 1; k < classes; k++) if (probabilities[i * classes + k] > probabilities[i * classes + top]) top = k;
            counts[top]++;
            if (probabilities[i * classes + top] >= CONFIDENT) confident++;
            if (asked != null) {
                askedCount[asked[i]]++;
                if (asked[i] == top) agreed[asked[i]]++;
            }
        }
        double[] agreement = new double[classes];
        for (int k = 0; k < classes; k++) agreement[k] = askedCount[k] == 0 ? Double.NaN : agreed[k] / (double) askedCount[k];
        double present = PRESENT_FRACTION_OF_FAIR * n / classes;
        int classesPresent = (int) Arrays.stream(counts).filter(c -> c > 0 && c >= present).count();
        int largest = Arrays.stream(counts).max().orElse(0);
        return new ClassVerdicts(counts, classesPresent, largest / (double) n, confident / (double) n, agreement);
    }

    public int classes() {
        return counts.length;
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** Fraction of all images the judge put in class k. */
    public double share(int k) {
        return counts[k] / (double) total();
    }

    /** True when the images were generated for given classes (a conditional generator). */
    public boolean conditional() {
        return Arrays.stream(agreement).anyMatch(Double::isFinite);
    }

    /** Mean agreement over the classes asked for; NaN when unconditional. */
    public double meanAgreement() {
        return Arrays.stream(agreement).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    /** The lowest agreement of any class asked for: the class that obeys least; NaN when unconditional. */
    public double worstAgreement() {
        return Arrays.stream(agreement).filter(Double::isFinite).min().orElse(Double.NaN);
    }

    /** e.g. "9 of 10 classes, largest share 18%". */
    public String summary() {
        return classesPresent + " of " + classes() + " classes, largest share " + Math.round(100 * largestShare) + "%";
    }
}
