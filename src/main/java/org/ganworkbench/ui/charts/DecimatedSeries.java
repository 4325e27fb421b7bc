package org.ganworkbench.ui.charts;

/**
 * A series of any length kept as at most {@code maxBuckets} buckets of consecutive points, each with
 * its min, max and mean. Drawing a bucket as a vertical min-max stroke looks exactly like drawing
 * every point at that pixel, so a chart of 1,000,000 steps costs the same as one of 1,000.
 *
 * <p>Buckets hold a power-of-two number of points: when all are full, neighbours merge pairwise and
 * the bucket width doubles. Adding a point is O(1) amortised; the engine keeps the full history.
 * Non-finite values (a step that did not update a network records NaN) count towards no bucket's
 * statistics, so they leave gaps rather than spikes.
 */
public final class DecimatedSeries {

    private final int maxBuckets;
    private final double[] firstX;
    private final double[] lastX;
    private final double[] min;
    private final double[] max;
    private final double[] sum;
    private final int[] count;
    private long width = 1;
    private long points;
    private int buckets;
    private double lastValue = Double.NaN;

    public DecimatedSeries(int maxBuckets) {
        if (maxBuckets < 2 || maxBuckets % 2 != 0) throw new IllegalArgumentException("maxBuckets must be even and >= 2");
        this.maxBuckets = maxBuckets;
        firstX = new double[maxBuckets];
        lastX = new double[maxBuckets];
        min = new double[maxBuckets];
        max = new double[maxBuckets];
        sum = new double[maxBuckets];
        count = new int[maxBuckets];
    }

    public void add(double x, double y) {
        if (points / width == maxBuckets) mergePairs();
        int b = (int) (points / width);
        if (b == buckets) {
            firstX[b] = x;
            min[b] = Double.POSITIVE_INFINITY;
            max[b] = Double.NEGATIVE_INFINITY;
            sum[b] = 0;
            count[b] = 0;
            buckets++;
        }
        lastX[b] = x;
        if (Double.isFinite(y)) {
            min[b] = Math.min(min[b], y);
            max[b] = Math.max(max[b], y);
            sum[b] += y;
            count[b]++;
            lastValue = y;
        }
        points++;
    }

    private void mergePairs() {
        int half = maxBuckets / 2;
        for (int i = 0; i < half; i++) {
            int a = 2 * i;
            int b = a + 1;
            firstX[i] = firstX[a];
            lastX[i] = lastX[b];
            min[i] = Math.min(min[a], min[b]);
            max[i] = Math.max(max[a], max[b]);
            sum[i] = sum[a] + sum[b];
            count[i] = count[a] + count[b];
        }
        buckets = half;
        width *= 2;
    }

    public void clear() {
        width = 1;
        points = 0;
        buckets = 0;
        lastValue = Double.NaN;
    }

    /** Buckets in use. */
    public int size() {
        return buckets;
    }

    /** Points added so far. */
    public long points() {
        return points;
    }

    /** Points per bucket (the last bucket may hold fewer). */
    public long bucketWidth() {
        return width;
    }

    /** The middle of bucket {@code i} on the x axis. */
    public double x(int i) {
        return (firstX[i] + lastX[i]) / 2;
    }

    public double firstX() {
        return buckets == 0 ? Double.NaN : firstX[0];
    }

    public double lastX() {
        return buckets == 0 ? Double.NaN : lastX[buckets - 1];
    }

    /** False when every value in bucket {@code i} was NaN or infinite. */
    public boolean hasValues(int i) {
        return count[i] > 0;
    }

    public double min(int i) {
        return min[i];
    }

    public double max(int i) {
        return max[i];
    }

    public double mean(int i) {
        return count[i] == 0 ? Double.NaN : sum[i] / count[i];
    }

    /** The last finite value added, or NaN. */
    public double lastValue() {
        return lastValue;
    }
}
