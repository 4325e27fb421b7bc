package org.ganworkbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimatedSeriesTest {

    @Test
    void aMillionPointsFitInTheBucketsWithEveryBucketsTrueMinAndMax() {
        int n = 1_000_000;
        double[] values = new double[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) values[i] = random.nextGaussian();
        values[777_777] = 50; // a single spike must survive decimation
        values[123] = -50;
        DecimatedSeries series = new DecimatedSeries(1024);
        for (int i = 0; i < n; i++) series.add(i + 1, values[i]);

        assertTrue(series.size() <= 1024, "buckets: " + series.size());
        assertTrue(series.size() > 512, "buckets are used, not wasted: " + series.size());
        assertEquals(n, series.points());
        double globalMax = Double.NEGATIVE_INFINITY;
        double globalMin = Double.POSITIVE_INFINITY;
        long width = series.bucketWidth();
        for (int b = 0; b < series.size(); b++) {
            int from = (int) (b * width);
            int to = (int) Math.min(n, from + width);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int i = from; i < to; i++) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
                sum += values[i];
            }
            assertEquals(min, series.min(b), "bucket " + b + " min");
            assertEquals(max, series.max(b), "bucket " + b + " max");
            assertEquals(sum / (to - from), series.mean(b), 1e-9, "bucket " + b + " mean");
            assertEquals((from + 1 + to) / 2.0, series.x(b), 1e-9, "bucket " + b + " middle step");
            globalMax = Math.max(globalMax, series.max(b));
            globalMin = Math.min(globalMin, series.min(b));
        }
        assertEquals(50, globalMax);
        assertEquals(-50, globalMin);
    }

    @Test
    void stepsWithoutAValueLeaveAGapNotAZero() {
        DecimatedSeries series = new DecimatedSeries(8);
        series.add(1, 2.0);
        series.add(2, Double.NaN);
        series.add(3, 4.0);
        assertTrue(series.hasValues(0));
        assertFalse(series.hasValues(1));
        assertEquals(4.0, series.lastValue());
        assertEquals(2.0, series.min(0));
    }

    @Test
    void clearStartsOver() {
        DecimatedSeries series = new DecimatedSeries(4);
        for (int i = 0; i < 100; i++) series.add(i, i);
        series.clear();
        assertEquals(0, series.size());
        assertEquals(1, series.bucketWidth());
        series.add(7, 1);
        assertEquals(7, series.firstX());
    }
}
