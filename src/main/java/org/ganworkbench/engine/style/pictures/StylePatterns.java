package org.ganworkbench.engine.style.pictures;

import static org.ganworkbench.engine.style.pictures.Canvas.Colour.hex;

import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.style.RgbImage;
import org.ganworkbench.engine.style.pictures.Canvas.Colour;

/** The built-in style pictures: textures with a clear character at several scales, drawn by {@link Canvas}. */
final class StylePatterns {

    private StylePatterns() {
    }

    /** Short thick strokes in blues and yellows that follow a swirling flow, over a dark blue ground. */
    static RgbImage brushStrokes(int size) {
        Canvas c = new Canvas(size);
        c.paint((x, y) -> hex(0x1b2a5c));
        Noise flow = new Noise(3);
        Rng rng = new Rng(7);
        Colour[] palette = {hex(0x274b9f), hex(0x3f7cc7), hex(0x8fc1e3), hex(0xf4d35e), hex(0xee964b), hex(0xf9f5e3)};
        int strokes = 2600;
        for (int i = 0; i < strokes; i++) {
            double x = rng.nextDouble();
            double y = rng.nextDouble();
            double angle = 4 * Math.PI * flow.fractal(x, y, 3, 2);
            double len = 0.035 + 0.04 * rng.nextDouble();
            double dx = Math.cos(angle) * len / 2;
            double dy = Math.sin(angle) * len / 2;
            Colour colour = palette[rng.nextInt(palette.length)].scaled(0.85 + 0.3 * rng.nextDouble());
            c.stroke(x - dx, y - dy, x + dx, y + dy, 0.012 + 0.01 * rng.nextDouble(), colour, 0.9);
        }
        return c.image();
    }

    /** Bold wavy diagonal bands in red, cream, black and teal. */
    static RgbImage stripes(int size) {
        Canvas c = new Canvas(size);
        Colour[] bands = {hex(0xc0392b), hex(0xf5ecd7), hex(0x1e1e1e), hex(0x16a085), hex(0xf5ecd7)};
        c.paint((x, y) -> {
            double t = (x + y) * 7 + 0.6 * Math.sin(12 * (x - y));
            return bands[Math.floorMod((int) Math.floor(t), bands.length)];
        });
        return c.image();
    }

    /** Tiles of glass in warm colours, each cell around a jittered grid point, with dark grout between. */
    static RgbImage mosaic(int size) {
        int cells = 9;
        Rng rng = new Rng(13);
        double[][] points = new double[cells * cells][2];
        Colour[] colours = new Colour[points.length];
        Colour[] palette = {hex(0xd35400), hex(0xf1c40f), hex(0x2980b9), hex(0x27ae60), hex(0x8e44ad), hex(0xecf0f1), hex(0xc0392b)};
        for (int i = 0; i < points.length; i++) {
            points[i][0] = (i % cells + 0.15 + 0.7 * rng.nextDouble()) / cells;
            points[i][1] = (i / cells + 0.15 + 0.7 * rng.nextDouble()) / cells;
            colours[i] = palette[rng.nextInt(palette.length)].scaled(0.8 + 0.4 * rng.nextDouble());
        }
        Colour grout = hex(0x2d2418);
        Canvas c = new Canvas(size);
        c.paint((x, y) -> {
            int best = 0;
            double d1 = Double.MAX_VALUE;
            double d2 = Double.MAX_VALUE;
            for (int i = 0; i < points.length; i++) {
                double d = Math.hypot(x - points[i][0], y - points[i][1]);
                if (d < d1) {
                    d2 = d1;
                    d1 = d;
                    best = i;
                } else if (d < d2) {
                    d2 = d;
                }
            }
            if (d2 - d1 < 0.012) return grout;
            double shade = 0.85 + 0.3 * Math.max(0, 0.06 - d1) / 0.06; // a little light at each tile's centre
            return colours[best].scaled(shade);
        });
        return c.image();
    }

    /** Spirals around four centres in orange, gold and deep red, as in a swirling sky. */
    static RgbImage swirls(int size) {
        double[][] centres = {{0.25, 0.3}, {0.72, 0.25}, {0.3, 0.75}, {0.75, 0.72}};
        Colour[] palette = {hex(0x7b1e1e), hex(0xd35400), hex(0xf39c12), hex(0xfad390), hex(0xb33939)};
        Canvas c = new Canvas(size);
        c.paint((x, y) -> {
            // each centre's spiral as a wave sin(angle + 2 pi 9 r), blended by closeness: continuous everywhere
            double wave = 0;
            double weight = 0;
            for (double[] centre : centres) {
                double dx = x - centre[0];
                double dy = y - centre[1];
                double r = Math.hypot(dx, dy);
                double w = 1 / (r * r + 0.01);
                wave += w * Math.sin(Math.atan2(dy, dx) + 2 * Math.PI * 9 * r);
                weight += w;
            }
            double t = (wave / weight + 1) / 2;
            return palette[Math.min(palette.length - 1, (int) (t * palette.length))];
        });
        return c.image();
    }

    /** Pointillism: small dots of bright colour packed on a pale ground. */
    static RgbImage dots(int size) {
        Canvas c = new Canvas(size);
        c.paint((x, y) -> hex(0xf7f1e3));
        Rng rng = new Rng(17);
        Noise hue = new Noise(19);
        Colour[] palette = {hex(0xe74c3c), hex(0x3498db), hex(0x2ecc71), hex(0xf1c40f), hex(0x9b59b6), hex(0x1abc9c)};
        for (int i = 0; i < 5000; i++) {
            double x = rng.nextDouble();
            double y = rng.nextDouble();
            int k = (int) (hue.fractal(x, y, 3, 2) * palette.length * 1.5 + rng.nextInt(2)) % palette.length;
            c.disc(x, y, 0.006 + 0.006 * rng.nextDouble(), palette[k], 0.95);
        }
        return c.image();
    }
}
