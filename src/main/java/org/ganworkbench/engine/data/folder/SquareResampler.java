package org.ganworkbench.engine.data.folder;

/**
 * Cuts the centred square out of an image and resizes it to {@code size x size}: keeping the
 * aspect ratio and cropping, as torchvision's Resize + CenterCrop do for training GANs. Shrinking
 * averages every source pixel by the area it covers (no aliasing from skipped pixels); enlarging
 * interpolates bilinearly. Separable: rows first, then columns. Plain arrays, no java.awt drawing.
 */
final class SquareResampler {

    private SquareResampler() {
    }

    /**
     * @param planes   {@code channels} planes of {@code width x height} values in 0..255, row-major
     * @param out      receives {@code channels} planes of {@code size x size} bytes from {@code offset}
     */
    static void cropAndResize(float[] planes, int channels, int width, int height, int size, byte[] out, int offset) {
        int side = Math.min(width, height);
        int x0 = (width - side) / 2;
        int y0 = (height - side) / 2;
        Axis axis = Axis.of(side, size);
        float[] rows = new float[side * size];
        for (int c = 0; c < channels; c++) {
            int plane = c * width * height;
            for (int y = 0; y < side; y++) {
                int src = plane + (y0 + y) * width + x0;
                for (int i = 0; i < size; i++) rows[y * size + i] = axis.apply(planes, src, 1, i);
            }
            int dst = offset + c * size * size;
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < size; i++) {
                    float v = axis.apply(rows, i, size, j);
                    out[dst + j * size + i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
                }
            }
        }
    }

    /** For each output index, the first source index and the weights of the source values it mixes. */
    private record Axis(int[] first, float[][] weights) {

        static Axis of(int from, int to) {
            int[] first = new int[to];
            float[][] weights = new float[to][];
            double scale = from / (double) to;
            for (int i = 0; i < to; i++) {
                if (from >= to) {
                    double lo = i * scale;
                    double hi = (i + 1) * scale;
                    int a = (int) Math.floor(lo);
                    int b = Math.min(from, (int) Math.ceil(hi));
                    first[i] = a;
                    weights[i] = new float[b - a];
                    for (int j = a; j < b; j++) weights[i][j - a] = (float) ((Math.min(j + 1, hi) - Math.max(j, lo)) / scale);
                } else {
                    double x = Math.max(0, Math.min(from - 1, (i + 0.5) * scale - 0.5));
                    int a = Math.min((int) Math.floor(x), Math.max(0, from - 2));
                    float frac = (float) (x - a);
                    first[i] = a;
                    weights[i] = from == 1 ? new float[] {1f} : new float[] {1f - frac, frac};
                }
            }
            return new Axis(first, weights);
        }

        /** The weighted sum for output {@code i} of the values {@code src + k * stride}. */
        float apply(float[] values, int src, int stride, int i) {
            float[] w = weights[i];
            int at = src + first[i] * stride;
            float sum = 0;
            for (float x : w) {
                sum += x * values[at];
                at += stride;
            }
            return sum;
        }
    }
}
