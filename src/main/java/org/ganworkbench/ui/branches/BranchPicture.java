package org.ganworkbench.ui.branches;

import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.ui.samples.PixelImage;

/** A branch's samples as one picture: the first 64 fixed-noise images in an 8x8 grid, or its 2D points as dots. */
final class BranchPicture {

    static final int COLUMNS = 8;
    private static final int GAP = 1;
    private static final int BACKGROUND = 0xFF202020;
    private static final int POINT = 0xFFFFB000;
    private static final int POINTS_SIDE = 256;

    private BranchPicture() {
    }

    static PixelImage grid(SampleImages images) {
        int n = Math.min(images.count(), COLUMNS * COLUMNS);
        int cols = Math.min(COLUMNS, n);
        int rows = (n + cols - 1) / cols;
        int w = cols * (images.width() + GAP) + GAP;
        int h = rows * (images.height() + GAP) + GAP;
        int[] out = new int[w * h];
        java.util.Arrays.fill(out, BACKGROUND);
        for (int i = 0; i < n; i++) {
            int x0 = GAP + (i % cols) * (images.width() + GAP);
            int y0 = GAP + (i / cols) * (images.height() + GAP);
            for (int y = 0; y < images.height(); y++) {
                for (int x = 0; x < images.width(); x++) out[(y0 + y) * w + x0 + x] = images.pixel(i, x, y);
            }
        }
        return new PixelImage(w, h, out);
    }

    /** Points x0,y0,x1,y1,... on a square of side 2 * extent around the origin. */
    static PixelImage points(float[] xy, double extent) {
        int[] out = new int[POINTS_SIDE * POINTS_SIDE];
        java.util.Arrays.fill(out, BACKGROUND);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            int x = (int) Math.round((xy[i] / extent + 1) / 2 * (POINTS_SIDE - 1));
            int y = (int) Math.round((1 - xy[i + 1] / extent) / 2 * (POINTS_SIDE - 1));
            for (int dy = 0; dy <= 1; dy++) {
                for (int dx = 0; dx <= 1; dx++) {
                    int px = x + dx;
                    int py = y + dy;
                    if (px >= 0 && py >= 0 && px < POINTS_SIDE && py < POINTS_SIDE) out[py * POINTS_SIDE + px] = POINT;
                }
            }
        }
        return new PixelImage(POINTS_SIDE, POINTS_SIDE, out);
    }

    /** A square that holds most points of both runs: the 98th percentile of |coordinate|, with a margin. */
    static double extent(float[] a, float[] b) {
        float[] all = new float[(a == null ? 0 : a.length) + (b == null ? 0 : b.length)];
        int k = 0;
        if (a != null) for (float v : a) all[k++] = Math.abs(v);
        if (b != null) for (float v : b) all[k++] = Math.abs(v);
        if (all.length == 0) return 1;
        java.util.Arrays.sort(all);
        double p = all[Math.min(all.length - 1, (int) (all.length * 0.98))];
        return Math.max(0.5, p * 1.15);
    }
}
