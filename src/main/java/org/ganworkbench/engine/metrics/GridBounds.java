package org.ganworkbench.engine.metrics;

/**
 * The rectangle a {@link BinnedDivergence} grid covers. Both sides must be finite with
 * {@code min < max}.
 */
public record GridBounds(double minX, double maxX, double minY, double maxY) {

    public GridBounds {
        if (!(Double.isFinite(minX) && Double.isFinite(maxX) && Double.isFinite(minY) && Double.isFinite(maxY))) {
            throw new IllegalArgumentException("bounds must be finite: " + minX + ", " + maxX + ", " + minY + ", " + maxY);
        }
        if (!(minX < maxX && minY < maxY)) {
            throw new IllegalArgumentException("bounds need min < max on both axes: x " + minX + ".." + maxX + ", y " + minY + ".." + maxY);
        }
    }

    /**
     * The bounding box of the finite points, widened on each side by {@code marginFraction} of its
     * width (height). An axis on which all points share one value gets a width of 1 centred on it,
     * so the grid never has zero extent.
     *
     * @throws IllegalArgumentException when no point is finite or {@code marginFraction} is negative
     */
    public static GridBounds around(float[] xy, double marginFraction) {
        PointArrays.requirePoints(xy, "points");
        if (!(marginFraction >= 0) || Double.isInfinite(marginFraction)) {
            throw new IllegalArgumentException("marginFraction must be zero or positive and finite: " + marginFraction);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            float x = xy[i];
            float y = xy[i + 1];
            if (!Float.isFinite(x) || !Float.isFinite(y)) continue;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (minX > maxX) throw new IllegalArgumentException("no finite point to take bounds from");
        double padX = maxX > minX ? marginFraction * (maxX - minX) : 0.5;
        double padY = maxY > minY ? marginFraction * (maxY - minY) : 0.5;
        return new GridBounds(minX - padX, maxX + padX, minY - padY, maxY + padY);
    }
}
