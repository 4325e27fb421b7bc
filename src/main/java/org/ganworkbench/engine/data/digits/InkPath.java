package org.ganworkbench.engine.data.digits;

/**
 * A stroke flattened to a polyline in pixel coordinates (pixel (i, j) covers [i, i+1) x [j, j+1)),
 * with the pen's radius in pixels at each point, so pressure can vary along the stroke.
 */
record InkPath(double[] x, double[] y, double[] radius) {

    InkPath {
        if (x.length != y.length || x.length != radius.length || x.length < 2) {
            throw new IllegalArgumentException("an ink path needs at least two points with a radius each");
        }
    }

    int points() {
        return x.length;
    }
}
