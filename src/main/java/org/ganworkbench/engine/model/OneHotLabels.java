package org.ganworkbench.engine.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How a conditional GAN (Mirza and Osindero 2014) shows a class label to its networks: a one-hot
 * vector of the class count, concatenated to G's z and to the MLP discriminator's flattened input;
 * for the DCGAN discriminator the same vector as constant image planes stacked onto the image's
 * channels (the usual cDCGAN construction), so the first convolution sees label and pixels together.
 */
final class OneHotLabels {

    private OneHotLabels() {
    }

    /** [n, classes]: row i is 1 at labels[i], 0 elsewhere. */
    static INDArray vectors(int[] labels, int classes) {
        float[] v = new float[labels.length * classes];
        for (int i = 0; i < labels.length; i++) v[i * classes + check(labels[i], classes)] = 1f;
        return FloatArrays.of(v, labels.length, classes);
    }

    /** [n, classes, h, w]: plane labels[i] of example i is all ones, the others zero. */
    static INDArray planes(int[] labels, int classes, int h, int w) {
        int plane = h * w;
        float[] v = new float[labels.length * classes * plane];
        for (int i = 0; i < labels.length; i++) {
            int from = (i * classes + check(labels[i], classes)) * plane;
            java.util.Arrays.fill(v, from, from + plane, 1f);
        }
        return FloatArrays.of(v, labels.length, classes, h, w);
    }

    static int check(int label, int classes) {
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException("class " + label + " is not one of the model's " + classes + " classes");
        }
        return label;
    }
}
