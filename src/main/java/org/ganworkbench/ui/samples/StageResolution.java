package org.ganworkbench.ui.samples;

import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.event.SampleImages;

/**
 * Real images as a progressive run's D sees them, in plain Java for the studio's real-sample strip:
 * each image average-pooled to the stage's side and enlarged back with nearest neighbour, and while a
 * stage fades in, {@code alpha * (this stage) + (1 - alpha) * (previous stage)}. The same arithmetic as
 * the engine's DiscriminatorView does on tensors; the datasets map bytes to [-1, 1] linearly, so
 * averaging the bytes averages the values D gets.
 */
public final class StageResolution {

    private StageResolution() {
    }

    /** The images at the growth's resolution and blend; unchanged at full size, for no growth, or sizes that do not divide. */
    public static SampleImages asDiscriminatorSees(SampleImages images, GrowthStatus growth) {
        if (growth == null || images == null) return images;
        int full = growth.sides()[growth.stages() - 1];
        if (images.width() != full || images.height() != full) return images;
        int factor = full / growth.side();
        if (factor * growth.side() != full || factor == 1 && !growth.fading()) return images;
        double[] current = coarse(images, factor);
        if (growth.fading()) {
            double[] previous = coarse(images, factor * 2);
            double a = growth.alpha();
            for (int i = 0; i < current.length; i++) current[i] = a * current[i] + (1 - a) * previous[i];
        }
        return toImages(images, current);
    }

    /**
     * Every channel of every image averaged over {@code factor x factor} blocks, each block filled with
     * its mean: values laid out like the pixels, three channels (R, G, B) per pixel.
     */
    static double[] coarse(SampleImages images, int factor) {
        int w = images.width();
        int h = images.height();
        int[] argb = images.argb();
        double[] out = new double[argb.length * 3];
        double cells = factor * factor;
        for (int i = 0; i < images.count(); i++) {
            int base = i * w * h;
            for (int by = 0; by + factor <= h; by += factor) {
                for (int bx = 0; bx + factor <= w; bx += factor) {
                    double[] sum = new double[3];
                    for (int y = by; y < by + factor; y++) {
                        for (int x = bx; x < bx + factor; x++) {
                            int p = argb[base + y * w + x];
                            sum[0] += p >> 16 & 0xFF;
                            sum[1] += p >> 8 & 0xFF;
                            sum[2] += p & 0xFF;
                        }
                    }
                    for (int y = by; y < by + factor; y++) {
                        for (int x = bx; x < bx + factor; x++) {
                            int o = (base + y * w + x) * 3;
                            for (int c = 0; c < 3; c++) out[o + c] = sum[c] / cells;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static SampleImages toImages(SampleImages like, double[] rgb) {
        int[] argb = new int[rgb.length / 3];
        for (int p = 0; p < argb.length; p++) {
            argb[p] = 0xFF000000 | channel(rgb[p * 3]) << 16 | channel(rgb[p * 3 + 1]) << 8 | channel(rgb[p * 3 + 2]);
        }
        return new SampleImages(like.count(), like.width(), like.height(), argb);
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
