package org.ganworkbench.engine.style.pictures;

import static org.ganworkbench.engine.style.pictures.Canvas.Colour.hex;

import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.style.RgbImage;
import org.ganworkbench.engine.style.pictures.Canvas.Colour;

/** The built-in content pictures: simple scenes with clear shapes, drawn by {@link Canvas}. */
final class ContentPictures {

    private ContentPictures() {
    }

    /** A house with a red roof, a tree, the sun and two clouds on a green field. */
    static RgbImage house(int size) {
        Canvas c = new Canvas(size);
        Colour skyTop = hex(0x4a90d9);
        Colour skyLow = hex(0xbfe3ff);
        c.paint((x, y) -> y < 0.68 ? skyTop.mix(skyLow, y / 0.68) : hex(0x5aa845).mix(hex(0x3d7a2e), (y - 0.68) / 0.32));
        c.disc(0.82, 0.16, 0.08, hex(0xffe066), 1);
        for (double[] cloud : new double[][] {{0.22, 0.17}, {0.55, 0.26}}) {
            for (int k = 0; k < 4; k++) c.disc(cloud[0] + 0.05 * k - 0.07, cloud[1] + (k % 2) * 0.015, 0.045, hex(0xffffff), 0.95);
        }
        c.rect(0.2, 0.45, 0.6, 0.8, hex(0xf2e3c6), 1);                    // walls
        c.triangle(0.15, 0.46, 0.65, 0.46, 0.4, 0.27, hex(0xc0392b), 1);  // roof
        c.rect(0.5, 0.3, 0.55, 0.4, hex(0x8e3b2e), 1);                    // chimney
        c.rect(0.36, 0.6, 0.44, 0.8, hex(0x6b4226), 1);                   // door
        c.disc(0.425, 0.71, 0.007, hex(0xf1c40f), 1);
        for (double wx : new double[] {0.24, 0.48}) {
            c.rect(wx, 0.52, wx + 0.08, 0.62, hex(0x5d4037), 1);
            c.rect(wx + 0.01, 0.53, wx + 0.07, 0.61, hex(0x9fd3ff), 1);
            c.rect(wx + 0.038, 0.53, wx + 0.042, 0.61, hex(0x5d4037), 1);
        }
        c.rect(0.76, 0.52, 0.8, 0.82, hex(0x5b3a1e), 1);                  // trunk
        for (double[] leaf : new double[][] {{0.78, 0.42, 0.11}, {0.71, 0.5, 0.08}, {0.85, 0.5, 0.08}, {0.78, 0.33, 0.07}}) {
            c.disc(leaf[0], leaf[1], leaf[2], hex(0x2e7d32), 1);
        }
        return c.image();
    }

    /** Hills at sunset: a warm sky, a low sun, three ranges of hills fading into the distance, a lake. */
    static RgbImage hills(int size) {
        Canvas c = new Canvas(size);
        Colour top = hex(0x2c3e7a);
        Colour mid = hex(0xe8795a);
        Colour low = hex(0xffd27f);
        c.paint((x, y) -> y < 0.35 ? top.mix(mid, y / 0.35) : mid.mix(low, Math.min(1, (y - 0.35) / 0.25)));
        c.disc(0.62, 0.5, 0.09, hex(0xfff2c4), 1);
        Noise noise = new Noise(5);
        Colour[] ranges = {hex(0x7a5c8e), hex(0x4f6e5a), hex(0x2f4a2c)};
        for (int r = 0; r < ranges.length; r++) {
            double base = 0.5 + 0.09 * r;
            double amplitude = 0.06 + 0.02 * r;
            int range = r;
            c.fill((x, y) -> base - amplitude * Math.sin(6.3 * x * (1 + 0.4 * range) + range)
                    - 0.05 * noise.fractal(x, range, 4, 3) - y, ranges[r], 1, 0, 0.3, 1, 1);
        }
        Colour water = hex(0x3b6fa0);
        c.fill((x, y) -> 0.84 + 0.02 * Math.sin(9 * x) - y, (x, y) -> water.mix(hex(0xffd27f), 0.25 * Math.max(0, 1 - Math.abs(x - 0.62) / 0.1)),
                1, 0, 0.8, 1, 1);
        return c.image();
    }

    /** A city at night: lit windows in dark towers under a moon, reflected in the river. */
    static RgbImage city(int size) {
        Canvas c = new Canvas(size);
        c.paint((x, y) -> hex(0x0b1633).mix(hex(0x34457a), y));
        c.disc(0.2, 0.18, 0.06, hex(0xf4f1de), 1);
        Rng rng = new Rng(11);
        double x = 0.02;
        while (x < 0.98) {
            double w = 0.07 + 0.06 * rng.nextDouble();
            double top = 0.25 + 0.35 * rng.nextDouble();
            Colour tower = hex(0x1c2541).mix(hex(0x3a506b), rng.nextDouble());
            c.rect(x, top, Math.min(0.98, x + w), 0.8, tower, 1);
            for (double wy = top + 0.03; wy < 0.77; wy += 0.05) {
                for (double wx = x + 0.015; wx < x + w - 0.02; wx += 0.03) {
                    if (rng.nextDouble() < 0.55) c.rect(wx, wy, wx + 0.012, wy + 0.02, hex(0xffd166), 1);
                }
            }
            x += w + 0.01;
        }
        c.rect(0, 0.8, 1, 1, hex(0x10203f), 1);
        for (int i = 0; i < 40; i++) {
            double rx = rng.nextDouble();
            double ry = 0.82 + 0.16 * rng.nextDouble();
            c.stroke(rx, ry, rx + 0.04, ry, 0.006, hex(0xffd166), 0.5);
        }
        return c.image();
    }

    /** Fruit in a blue bowl on a wooden table. */
    static RgbImage fruit(int size) {
        Canvas c = new Canvas(size);
        c.paint((x, y) -> y < 0.62 ? hex(0xe9dcc9).mix(hex(0xcdb89c), y / 0.62) : hex(0x8d5a34).mix(hex(0x5e3a20), (y - 0.62) / 0.38));
        double[][] fruit = {{0.38, 0.5, 0.1, 0xd63031}, {0.58, 0.49, 0.11, 0xf39c12}, {0.48, 0.42, 0.09, 0x6ab04c},
                {0.3, 0.57, 0.08, 0xe1b12c}, {0.66, 0.57, 0.08, 0x8e44ad}};
        for (double[] f : fruit) {
            Colour colour = hex((int) f[3]);
            c.disc(f[0], f[1], f[2], colour, 1);
            c.disc(f[0] - f[2] * 0.35, f[1] - f[2] * 0.35, f[2] * 0.25, colour.scaled(1.6), 0.6);
        }
        c.fill((x, y) -> Math.max(Math.hypot((x - 0.5) / 0.3, (y - 0.58) / 0.22) - 1, 0.58 - y) * 0.22,
                (x, y) -> hex(0x1f5f9e).mix(hex(0x4a9be0), Math.max(0, 0.5 - Math.abs(x - 0.42))), 1, 0.2, 0.58, 0.8, 0.8);
        c.fill((x, y) -> Math.hypot((x - 0.5) / 0.3, (y - 0.58) / 0.035) - 1, hex(0x174a7c), 1, 0.2, 0.54, 0.8, 0.62);
        return c.image();
    }
}
