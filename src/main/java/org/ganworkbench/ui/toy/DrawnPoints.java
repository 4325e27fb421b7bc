package org.ganworkbench.ui.toy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * A distribution drawn by hand: points sprayed into discs and erased from them, in data
 * coordinates. Saved as a CSV of x,y lines, which is what the dataset {@code csv:PATH} reads back.
 */
public final class DrawnPoints {

    private float[] xy = new float[0];
    private int n;

    /** Adds {@code count} points spread uniformly over the disc of {@code radius} around (cx, cy). */
    public void spray(double cx, double cy, double radius, int count, Random random) {
        ensure(n + count);
        for (int i = 0; i < count; i++) {
            double r = radius * Math.sqrt(random.nextDouble()); // uniform over the area, not the radius
            double a = 2 * Math.PI * random.nextDouble();
            xy[2 * n] = (float) (cx + r * Math.cos(a));
            xy[2 * n + 1] = (float) (cy + r * Math.sin(a));
            n++;
        }
    }

    /** Removes every point within {@code radius} of (cx, cy); returns how many. */
    public int erase(double cx, double cy, double radius) {
        int kept = 0;
        double r2 = radius * radius;
        for (int i = 0; i < n; i++) {
            double dx = xy[2 * i] - cx;
            double dy = xy[2 * i + 1] - cy;
            if (dx * dx + dy * dy <= r2) continue;
            xy[2 * kept] = xy[2 * i];
            xy[2 * kept + 1] = xy[2 * i + 1];
            kept++;
        }
        int removed = n - kept;
        n = kept;
        return removed;
    }

    public void clear() {
        n = 0;
    }

    /** Replaces the drawing with these points (x0,y0,...), e.g. from a CSV file to edit. */
    public void replace(float[] points) {
        xy = points.clone();
        n = points.length / 2;
    }

    public int size() {
        return n;
    }

    /** A copy of the points, x0,y0,x1,y1,... */
    public float[] points() {
        return Arrays.copyOf(xy, 2 * n);
    }

    /**
     * Writes one "x,y" line per point, with a header, as {@code csv:PATH} datasets read; atomically
     * and never through a link (engine.io.OutputFiles), like every file the app writes.
     */
    public void writeCsv(Path file) throws IOException {
        float[] points = points();
        org.ganworkbench.engine.io.OutputFiles.write(file, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write("x,y\n");
                for (int i = 0; i < points.length / 2; i++) {
                    w.write(String.format(Locale.ROOT, "%.5f,%.5f%n", points[2 * i], points[2 * i + 1]));
                }
            }
        });
    }

    private void ensure(int points) {
        if (2 * points > xy.length) xy = Arrays.copyOf(xy, Math.max(2 * points, 2 * xy.length));
    }
}
