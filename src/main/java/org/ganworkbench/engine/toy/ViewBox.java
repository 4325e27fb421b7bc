package org.ganworkbench.engine.toy;

/** The rectangle of the plane a 2D view shows. */
public record ViewBox(double minX, double minY, double maxX, double maxY) {

    public ViewBox {
        if (!(maxX > minX) || !(maxY > minY)) throw new IllegalArgumentException("empty view box");
    }

    /** A square box around the points with a margin of 25% of their extent. */
    public static ViewBox around(float[] xy) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!Float.isFinite(xy[i]) || !Float.isFinite(xy[i + 1])) continue;
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        if (minX > maxX) return new ViewBox(-1, -1, 1, 1);
        double half = Math.max(Math.max(maxX - minX, maxY - minY), 1e-3) * 0.75;
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return new ViewBox(cx - half, cy - half, cx + half, cy + half);
    }

    /** Centres of a res x res grid of cells, row-major, first row at the top (maxY). */
    public float[] cellCenters(int res) {
        float[] xy = new float[2 * res * res];
        for (int r = 0; r < res; r++) {
            double y = maxY - (r + 0.5) * (maxY - minY) / res;
            for (int c = 0; c < res; c++) {
                xy[2 * (r * res + c)] = (float) (minX + (c + 0.5) * (maxX - minX) / res);
                xy[2 * (r * res + c) + 1] = (float) y;
            }
        }
        return xy;
    }
}
