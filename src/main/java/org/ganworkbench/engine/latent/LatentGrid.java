package org.ganworkbench.engine.latent;

/** A 2D grid of latent vectors: a centre moved along two directions over a range. */
public final class LatentGrid {

    private LatentGrid() {
    }

    /**
     * @param center     the grid's middle
     * @param dirX       direction of the columns (any length; used as given)
     * @param dirY       direction of the rows
     * @param side       cells per side (odd sizes put the centre in the middle cell)
     * @param range      the offsets go from -range to +range along each direction
     * @return side*side vectors, row-major, first row at +range along dirY (top of a picture)
     */
    public static float[] around(float[] center, float[] dirX, float[] dirY, int side, double range) {
        if (side < 2) throw new IllegalArgumentException("a grid needs at least 2 cells per side");
        int d = center.length;
        float[] out = new float[side * side * d];
        for (int r = 0; r < side; r++) {
            double ty = range - 2 * range * r / (side - 1);
            for (int c = 0; c < side; c++) {
                double tx = -range + 2 * range * c / (side - 1);
                int o = (r * side + c) * d;
                for (int i = 0; i < d; i++) out[o + i] = (float) (center[i] + tx * dirX[i] + ty * dirY[i]);
            }
        }
        return out;
    }

    /** The unit vector along latent dimension i. */
    public static float[] axis(int d, int i) {
        float[] v = new float[d];
        v[i] = 1;
        return v;
    }
}
