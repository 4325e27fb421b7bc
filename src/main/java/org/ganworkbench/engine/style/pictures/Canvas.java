package org.ganworkbench.engine.style.pictures;

import org.ganworkbench.engine.style.RgbImage;

/**
 * A small painter over RGB float planes, in picture units: (0, 0) is the top left corner and (1, 1)
 * the bottom right, whatever the pixel size, so a picture renders the same at 128 or 512 pixels.
 * Shapes are antialiased by their distance to the edge (one pixel of soft edge) and laid over what
 * is there with an opacity. Our own code, no java.awt drawing: the engine stays headless.
 */
final class Canvas {

    /** An RGB colour with components in [0, 1]. */
    record Colour(double r, double g, double b) {
        static Colour hex(int rgb) {
            return new Colour((rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0);
        }

        Colour mix(Colour o, double t) {
            return new Colour(r + (o.r - r) * t, g + (o.g - g) * t, b + (o.b - b) * t);
        }

        Colour scaled(double f) {
            return new Colour(Math.min(1, r * f), Math.min(1, g * f), Math.min(1, b * f));
        }
    }

    /** A shape as a signed distance in picture units: negative inside. */
    @FunctionalInterface
    interface Shape {
        double distance(double x, double y);
    }

    /** A colour per point, for gradients and patterns. */
    @FunctionalInterface
    interface Paint {
        Colour at(double x, double y);
    }

    private final int size;
    private final float[] planes;
    private final double pixel;

    Canvas(int size) {
        this.size = size;
        this.planes = new float[3 * size * size];
        this.pixel = 1.0 / size;
    }

    /** Every pixel from a paint (backgrounds, sky gradients, patterns). */
    void paint(Paint paint) {
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) put(x, y, paint.at((x + 0.5) * pixel, (y + 0.5) * pixel), 1);
        }
    }

    /** A shape filled with a paint, within a bounding box (picture units) to keep big pictures fast. */
    void fill(Shape shape, Paint paint, double opacity, double x0, double y0, double x1, double y1) {
        int px0 = Math.max(0, (int) Math.floor(x0 * size) - 1);
        int py0 = Math.max(0, (int) Math.floor(y0 * size) - 1);
        int px1 = Math.min(size - 1, (int) Math.ceil(x1 * size) + 1);
        int py1 = Math.min(size - 1, (int) Math.ceil(y1 * size) + 1);
        for (int y = py0; y <= py1; y++) {
            for (int x = px0; x <= px1; x++) {
                double u = (x + 0.5) * pixel;
                double v = (y + 0.5) * pixel;
                double coverage = Math.max(0, Math.min(1, 0.5 - shape.distance(u, v) / pixel));
                if (coverage > 0) put(x, y, paint.at(u, v), coverage * opacity);
            }
        }
    }

    void fill(Shape shape, Colour colour, double opacity, double x0, double y0, double x1, double y1) {
        fill(shape, (x, y) -> colour, opacity, x0, y0, x1, y1);
    }

    void disc(double cx, double cy, double r, Colour c, double opacity) {
        fill((x, y) -> Math.hypot(x - cx, y - cy) - r, c, opacity, cx - r, cy - r, cx + r, cy + r);
    }

    void rect(double x0, double y0, double x1, double y1, Colour c, double opacity) {
        fill((x, y) -> Math.max(Math.max(x0 - x, x - x1), Math.max(y0 - y, y - y1)), c, opacity, x0, y0, x1, y1);
    }

    /** A stroke with round ends from (x0, y0) to (x1, y1). */
    void stroke(double x0, double y0, double x1, double y1, double width, Colour c, double opacity) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = Math.max(1e-12, dx * dx + dy * dy);
        double r = width / 2;
        fill((x, y) -> {
            double t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
            return Math.hypot(x - x0 - t * dx, y - y0 - t * dy) - r;
        }, c, opacity, Math.min(x0, x1) - r, Math.min(y0, y1) - r, Math.max(x0, x1) + r, Math.max(y0, y1) + r);
    }

    /** A triangle (a roof, a mountain); vertices in any order. */
    void triangle(double ax, double ay, double bx, double by, double cx, double cy, Colour c, double opacity) {
        double sign = Math.signum((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
        Shape shape = (x, y) -> Math.max(edge(ax, ay, bx, by, x, y, sign),
                Math.max(edge(bx, by, cx, cy, x, y, sign), edge(cx, cy, ax, ay, x, y, sign)));
        fill(shape, c, opacity, Math.min(ax, Math.min(bx, cx)), Math.min(ay, Math.min(by, cy)),
                Math.max(ax, Math.max(bx, cx)), Math.max(ay, Math.max(by, cy)));
    }

    /** Signed distance to the line through a and b, negative on the triangle's side. */
    private static double edge(double ax, double ay, double bx, double by, double x, double y, double sign) {
        double len = Math.max(1e-12, Math.hypot(bx - ax, by - ay));
        return -sign * ((bx - ax) * (y - ay) - (by - ay) * (x - ax)) / len;
    }

    private void put(int x, int y, Colour c, double alpha) {
        int plane = size * size;
        int at = y * size + x;
        planes[at] = (float) (planes[at] + (c.r() - planes[at]) * alpha);
        planes[plane + at] = (float) (planes[plane + at] + (c.g() - planes[plane + at]) * alpha);
        planes[2 * plane + at] = (float) (planes[2 * plane + at] + (c.b() - planes[2 * plane + at]) * alpha);
    }

    RgbImage image() {
        return new RgbImage(size, size, planes);
    }
}
