package org.ganworkbench.engine.model.nn;

/**
 * A square kernel's size, stride and padding, and the integer arguments libnd4j's conv2d /
 * deconv2d ops take for it (NCHW data; weights as DL4J stores them, libnd4j's weight format 1).
 */
record ConvGeometry(int kernel, int stride, int padding) {

    /** [kH, kW, sH, sW, pH, pW, dH, dW, same-mode, data format (0 = NCHW), weight format (1 = [out|in, in|out, kH, kW])] */
    long[] opArgs() {
        return opArgs(ImageLayout.CHANNELS_FIRST);
    }

    /** The same for either layout (the weights keep DL4J's [out, in, kH, kW] in both). */
    long[] opArgs(ImageLayout layout) {
        return new long[] {kernel, kernel, stride, stride, padding, padding, 1, 1, 0, layout.opFlag(), 1};
    }

    /** Output side of a convolution ("truncate" mode, as DL4J's ConvolutionMode.Truncate). */
    long convolved(long side) {
        return (side + 2L * padding - kernel) / stride + 1;
    }

    /** Output side of a transposed convolution: the input side of the convolution it transposes. */
    long transposed(long side) {
        return (side - 1) * stride - 2L * padding + kernel;
    }

    /** True when a convolution covers its input exactly, so its transpose maps back to the same size. */
    boolean exact(long side) {
        return (side + 2L * padding - kernel) % stride == 0;
    }
}
