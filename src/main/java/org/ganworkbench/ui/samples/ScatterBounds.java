package org.ganworkbench.ui.samples;

/** The square view around real 2D data: its bounding box, centred, with a 15% margin on each side. */
final class ScatterBounds {

    private ScatterBounds() {
    }

    /** {minX, minY, maxX, maxY}. */
    static double[] of(float[] xy) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!Float.isFinite(xy[i]) || !Float.isFinite(xy[i + 1])) continue;
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        if (minX > maxX) return new double[] {-1, -1, 1, 1};
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        double half = Math.max(Math.max(maxX - minX, maxY - minY), 1e-3) * 0.65;
        return new double[] {cx - half, cy - half, cx + half, cy + half};
    }
}
