package org.ganworkbench.engine.model.nn;

/**
 * Where the channels sit in an image tensor: NCHW (DL4J's and the GANs' layout) or NHWC.
 *
 * <p>Why NHWC exists here: oneDNN runs channels-last convolutions and pooling without reordering
 * each tensor into its blocked format and back. Measured on one thread, VGG16's 64->64 convolution
 * at 256x256 takes 46 ms in NHWC against 85 ms in NCHW (PyTorch's NCHW: 85 ms), and 2x2 max pooling
 * of 64 planes of 256x256 3 and 4 ms forward and backward against 10 and 30 (docs/performance.md).
 * Style transfer's feature networks run channels-last.
 */
public enum ImageLayout {
    CHANNELS_FIRST, CHANNELS_LAST;

    /** libnd4j's data-format argument of conv2d, deconv2d and the pooling ops. */
    long opFlag() {
        return this == CHANNELS_LAST ? 1 : 0;
    }

    /** One example's shape: [C, H, W] or [H, W, C]. */
    public long[] example(long channels, long height, long width) {
        return this == CHANNELS_LAST ? new long[] {height, width, channels} : new long[] {channels, height, width};
    }

    public long channels(long[] example) {
        return this == CHANNELS_LAST ? example[2] : example[0];
    }

    public long height(long[] example) {
        return this == CHANNELS_LAST ? example[0] : example[1];
    }

    public long width(long[] example) {
        return this == CHANNELS_LAST ? example[1] : example[2];
    }

    /** A batch's example shape (the batch dimension dropped). */
    static long[] exampleOf(org.nd4j.linalg.api.ndarray.INDArray batch) {
        return new long[] {batch.size(1), batch.size(2), batch.size(3)};
    }
}
