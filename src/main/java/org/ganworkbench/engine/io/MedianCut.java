package org.ganworkbench.engine.io;

import java.util.Arrays;

/**
 * Heckbert's median cut, kept small: colours are first binned at 5 bits per channel (32,768 bins),
 * the box with the most pixels times the longest side is cut at its pixel median along that side
 * until there are 256 boxes, and each box's colour is the exact mean of its pixels (the bins keep
 * full-precision sums, so binning costs no accuracy in the palette itself).
 */
final class MedianCut {

    private static final int MAX_COLOURS = 256;
    private static final int BINS = 1 << 15;

    private MedianCut() {
    }

    /**
     * @param rgb     pixels, 0xRRGGBB
     * @param indices receives each pixel's palette index
     * @return the palette, at most 256 colours
     */
    static int[] quantize(int[] rgb, byte[] indices) {
        int[] population = new int[BINS];
        long[] sumR = new long[BINS];
        long[] sumG = new long[BINS];
        long[] sumB = new long[BINS];
        for (int c : rgb) {
            int bin = bin(c);
            population[bin]++;
            sumR[bin] += c >> 16 & 0xFF;
            sumG[bin] += c >> 8 & 0xFF;
            sumB[bin] += c & 0xFF;
        }
        int[] bins = new int[BINS];
        int occupied = 0;
        for (int bin = 0; bin < BINS; bin++) {
            if (population[bin] > 0) bins[occupied++] = bin;
        }

        int[] boxStart = new int[MAX_COLOURS];
        int[] boxEnd = new int[MAX_COLOURS];
        boxEnd[0] = occupied;
        int boxes = 1;
        while (boxes < MAX_COLOURS) {
            int best = -1;
            long bestScore = 0;
            int bestAxis = 0;
            for (int k = 0; k < boxes; k++) {
                if (boxEnd[k] - boxStart[k] < 2) continue;
                int[] range = axisRanges(bins, boxStart[k], boxEnd[k]);
                int axis = range[0] >= range[1] && range[0] >= range[2] ? 0 : range[1] >= range[2] ? 1 : 2;
                long score = (long) pixels(population, bins, boxStart[k], boxEnd[k]) * (range[axis] + 1);
                if (score > bestScore) {
                    best = k;
                    bestScore = score;
                    bestAxis = axis;
                }
            }
            if (best < 0) break;
            int cut = medianCut(population, bins, boxStart[best], boxEnd[best], bestAxis);
            boxStart[boxes] = cut;
            boxEnd[boxes] = boxEnd[best];
            boxEnd[best] = cut;
            boxes++;
        }

        int[] palette = new int[boxes];
        for (int k = 0; k < boxes; k++) {
            long n = 0;
            long r = 0;
            long g = 0;
            long b = 0;
            for (int i = boxStart[k]; i < boxEnd[k]; i++) {
                n += population[bins[i]];
                r += sumR[bins[i]];
                g += sumG[bins[i]];
                b += sumB[bins[i]];
            }
            palette[k] = (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
        }

        // Map each bin, by the mean colour of its pixels, to the nearest palette entry; near box
        // borders that is often a neighbouring box's colour, which is closer than its own.
        byte[] binIndex = new byte[BINS];
        for (int i = 0; i < occupied; i++) {
            int bin = bins[i];
            long n = population[bin];
            int r = (int) (sumR[bin] / n);
            int g = (int) (sumG[bin] / n);
            int b = (int) (sumB[bin] / n);
            binIndex[bin] = (byte) nearest(palette, r, g, b);
        }
        for (int p = 0; p < rgb.length; p++) indices[p] = binIndex[bin(rgb[p])];
        return palette;
    }

    private static int bin(int c) {
        return (c >> 19 & 0x1F) << 10 | (c >> 11 & 0x1F) << 5 | (c >> 3 & 0x1F);
    }

    private static int channel(int bin, int axis) {
        return bin >> (10 - 5 * axis) & 0x1F;
    }

    private static int[] axisRanges(int[] bins, int start, int end) {
        int[] min = {31, 31, 31};
        int[] max = {0, 0, 0};
        for (int i = start; i < end; i++) {
            for (int axis = 0; axis < 3; axis++) {
                int v = channel(bins[i], axis);
                min[axis] = Math.min(min[axis], v);
                max[axis] = Math.max(max[axis], v);
            }
        }
        return new int[] {max[0] - min[0], max[1] - min[1], max[2] - min[2]};
    }

    private static int pixels(int[] population, int[] bins, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) n += population[bins[i]];
        return n;
    }

    /** Sorts the box's bins along {@code axis} and returns the index that splits its pixels in half. */
    private static int medianCut(int[] population, int[] bins, int start, int end, int axis) {
        // Sort by (axis value, bin) packed in one int, so no boxed comparator is needed.
        for (int i = start; i < end; i++) bins[i] |= channel(bins[i], axis) << 15;
        Arrays.sort(bins, start, end);
        for (int i = start; i < end; i++) bins[i] &= BINS - 1;
        int half = pixels(population, bins, start, end) / 2;
        int seen = 0;
        for (int i = start; i < end - 1; i++) {
            seen += population[bins[i]];
            if (seen >= half) return i + 1;
        }
        return end - 1;
    }

    private static int nearest(int[] palette, int r, int g, int b) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < palette.length; k++) {
            int dr = (palette[k] >> 16 & 0xFF) - r;
            int dg = (palette[k] >> 8 & 0xFF) - g;
            int db = (palette[k] & 0xFF) - b;
            int d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }
}
