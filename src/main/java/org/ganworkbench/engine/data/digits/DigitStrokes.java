package org.ganworkbench.engine.data.digits;

import java.util.List;
import org.ganworkbench.engine.data.Rng;

/**
 * How each digit is written: pen strokes in a unit box (x right, y down, height about 1), in the
 * order and direction a hand draws them. Each digit has style variants people really use (a 7 with
 * or without a crossbar, an open or closed 4, ...) and its own shape parameters (loop sizes, where a
 * stroke ends), drawn from the example's random stream, so no two examples share one template.
 * Slant, size, thickness and wobble are added later by {@link HandwritingStyle}.
 */
final class DigitStrokes {

    private DigitStrokes() {
    }

    static List<PenStroke> draw(int digit, Rng rng) {
        return switch (digit) {
            case 0 -> zero(rng);
            case 1 -> one(rng);
            case 2 -> two(rng);
            case 3 -> three(rng);
            case 4 -> four(rng);
            case 5 -> five(rng);
            case 6 -> six(rng);
            case 7 -> seven(rng);
            case 8 -> eight(rng);
            case 9 -> nine(rng);
            default -> throw new IllegalArgumentException("not a digit: " + digit);
        };
    }

    /** Points (x, y pairs) on an ellipse at the given angles (degrees, y down, 90 = bottom). */
    private static double[] onEllipse(double cx, double cy, double rx, double ry, double... degrees) {
        double[] xy = new double[2 * degrees.length];
        for (int i = 0; i < degrees.length; i++) {
            xy[2 * i] = cx + rx * Math.cos(Math.toRadians(degrees[i]));
            xy[2 * i + 1] = cy + ry * Math.sin(Math.toRadians(degrees[i]));
        }
        return xy;
    }

    private static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) n += p.length;
        double[] all = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** An oval started at the top and drawn anticlockwise; the ends overlap a little or leave a small gap. */
    private static List<PenStroke> zero(Rng rng) {
        double rx = rng.nextDouble() < 0.5 ? rng.uniform(0.30, 0.40) : rng.uniform(0.20, 0.29);
        double start = -90 + rng.uniform(-15, 35);
        double sweep = -(360 + rng.uniform(-15, 35));
        return List.of(PenStroke.ofArc(0.5, 0.5, rx, 0.5, start, sweep));
    }

    /** A stem, alone or with a flag, sometimes with a base. */
    private static List<PenStroke> one(Rng rng) {
        double bow = rng.uniform(-0.05, 0.05);
        double variant = rng.nextDouble();
        if (variant < 0.55) {
            return List.of(PenStroke.from(0.5, 0).quad(0.5 + bow, 0.5, 0.5, 1));
        }
        double flagX = 0.5 - rng.uniform(0.12, 0.22);
        double flagY = rng.uniform(0.15, 0.3);
        PenStroke stem = PenStroke.from(flagX, flagY).line(0.5, 0).quad(0.5 + bow, 0.5, 0.5, 1);
        if (variant < 0.85) return List.of(stem);
        double half = rng.uniform(0.15, 0.25);
        return List.of(stem, PenStroke.from(0.5 - half, 1).line(0.5 + half, 1 + rng.uniform(-0.03, 0.03)));
    }

    /** A hook over the top, a neck down to the bottom left, then the base; sometimes with a loop there. */
    private static List<PenStroke> two(Rng rng) {
        double r = rng.uniform(0.26, 0.32);
        double startDeg = rng.uniform(190, 215);
        PenStroke s = PenStroke.ofArc(0.5, 0.3, r, r, startDeg, 370 - startDeg);
        double neckX = 0.5 + r * Math.cos(Math.toRadians(10));
        double neckY = 0.3 + r * Math.sin(Math.toRadians(10));
        double baseEnd = rng.uniform(0.78, 0.92);
        double neckPull = rng.uniform(0.12, 0.3); // how long the neck stays steep before heading left
        if (rng.nextDouble() < 0.7) {
            s.cubic(neckX - 0.03, neckY + neckPull, rng.uniform(0.35, 0.55), rng.uniform(0.65, 0.8), 0.15, 1.0);
            s.quad(0.5, 0.97 + rng.uniform(-0.04, 0.02), baseEnd, 1.0);
        } else {
            s.cubic(neckX - 0.03, neckY + neckPull, 0.5, 0.65, 0.32, 0.84);
            s.through(0.16, 0.99, 0.02, 0.86, 0.12, 0.68, 0.3, 0.76, 0.42, 0.94, 0.56, 1.0, baseEnd, 0.97);
        }
        return List.of(s);
    }

    /** Two bumps opening to the left, the lower one larger; sometimes a flat top and a diagonal instead of the upper bump. */
    private static List<PenStroke> three(Rng rng) {
        double upperRx = rng.uniform(0.22, 0.30);
        double upperRy = rng.uniform(0.20, 0.25);
        double lowerRx = rng.uniform(0.27, 0.34);
        double lowerRy = 0.5 - upperRy + rng.uniform(-0.02, 0.03);
        double middleY = 2 * upperRy;
        if (rng.nextDouble() < 0.15) {
            PenStroke z = PenStroke.from(0.2, rng.uniform(0, 0.04)).line(0.5 + upperRx, 0).line(0.42, middleY);
            z.arc(0.5, middleY + lowerRy, lowerRx, lowerRy, -125, rng.uniform(250, 280));
            return List.of(z);
        }
        double start = rng.uniform(-175, -145);
        PenStroke s = PenStroke.ofArc(0.5, upperRy, upperRx, upperRy, start, 90 - start);
        s.arc(0.5, middleY + lowerRy, lowerRx, lowerRy, -110, rng.uniform(240, 270));
        return List.of(s);
    }

    /** Closed: a diagonal, a crossbar, a stem. Open: a down-stroke and crossbar like a "u", then the stem. */
    private static List<PenStroke> four(Rng rng) {
        double barY = rng.uniform(0.58, 0.7);
        double stemX = rng.uniform(0.58, 0.68);
        double barEnd = rng.uniform(0.8, 0.92);
        PenStroke first;
        if (rng.nextDouble() < 0.4) {
            double apexY = rng.uniform(0, 0.12); // the stem may start above the diagonal
            first = PenStroke.from(stemX, apexY).line(0.1, barY).line(barEnd, barY);
            PenStroke stem = PenStroke.from(stemX + rng.uniform(-0.02, 0.03), 0).line(stemX + rng.uniform(-0.04, 0.02), 1);
            return List.of(first, stem);
        }
        double leftX = rng.uniform(0.12, 0.25);
        first = PenStroke.from(leftX + rng.uniform(0.02, 0.1), 0).line(leftX, barY).line(barEnd, barY - 0.02);
        return List.of(first, PenStroke.from(stemX, rng.uniform(0.0, 0.12)).line(stemX - 0.02, 1));
    }

    /** A short down-stroke into a round belly, then the flag on top. */
    private static List<PenStroke> five(Rng rng) {
        double topX = rng.uniform(0.25, 0.33);
        double rx = rng.uniform(0.28, 0.34);
        double ry = rng.uniform(0.25, 0.3);
        double cy = 1 - ry;
        PenStroke body = PenStroke.from(topX, 0).arc(0.47, cy, rx, ry, -140, rng.uniform(240, 285));
        PenStroke flag = PenStroke.from(topX, 0).quad(0.55, rng.uniform(-0.04, 0.03), rng.uniform(0.75, 0.88), 0);
        return List.of(body, flag);
    }

    /** A long curve (or a straight stroke) down the left side that rolls into a loop at the bottom. */
    private static List<PenStroke> six(Rng rng) {
        double rx = rng.uniform(0.22, 0.3);
        double ry = rng.uniform(0.2, 0.28);
        double cx = 0.2 + rx;
        double cy = 1 - ry;
        double topX = rng.uniform(0.6, 0.78);
        PenStroke s = PenStroke.from(topX, 0);
        if (rng.nextDouble() < 0.3) {
            s.line(0.2, cy);
        } else {
            s.cubic(0.4, 0.08, 0.2, 0.35, 0.2, cy);
        }
        s.arc(cx, cy, rx, ry, 180, -rng.uniform(300, 350));
        return List.of(s);
    }

    /** A top bar and a long diagonal; sometimes a crossbar or a little tick where it starts. */
    private static List<PenStroke> seven(Rng rng) {
        double footX = rng.uniform(0.3, 0.5);
        double bend = rng.uniform(-0.05, 0.08);
        double startY = rng.nextDouble() < 0.15 ? rng.uniform(0.12, 0.2) : 0.03;
        PenStroke s = PenStroke.from(0.15, startY);
        if (startY > 0.1) s.line(0.15, 0.03);
        s.line(0.85, 0).quad((0.85 + footX) / 2 + bend, 0.5, footX, 1);
        if (rng.nextDouble() < 0.2) {
            double midX = (0.85 + footX) / 2 + bend / 2;
            return List.of(s, PenStroke.from(midX - 0.2, 0.52).line(midX + 0.18, 0.5));
        }
        return List.of(s);
    }

    /** Usually one figure-eight stroke crossing at the waist; sometimes two stacked loops. */
    private static List<PenStroke> eight(Rng rng) {
        double waist = rng.uniform(0.42, 0.5);
        double top = rng.uniform(0.2, 0.28);
        double bottom = rng.uniform(0.26, 0.32);
        double upperY = waist / 2;
        double lowerY = (waist + 1) / 2;
        if (rng.nextDouble() < 0.3) {
            return List.of(PenStroke.ofArc(0.5, upperY, top, upperY, 20, -360),
                    PenStroke.ofArc(0.5, lowerY, bottom, 1 - lowerY, -90, -360));
        }
        // Over the top anticlockwise, down through the waist, round the bottom clockwise, back up:
        // one smooth curve through all the landmarks, so the pen does not kink where it crosses.
        double[] start = onEllipse(0.5, upperY, top, upperY, -20);
        double[] landmarks = concat(onEllipse(0.5, upperY, top, upperY, -70, -120, -170, 150),
                new double[] {0.5, waist},
                onEllipse(0.5, lowerY, bottom, 1 - lowerY, -40, 10, 60, 110, 160, 210),
                new double[] {0.5, waist},
                onEllipse(0.5, upperY, top, upperY, 30, -20 - rng.uniform(0, 40)));
        return List.of(PenStroke.from(start[0], start[1]).through(landmarks));
    }

    /** A loop drawn anticlockwise from its right side, then a straight or curved tail. */
    private static List<PenStroke> nine(Rng rng) {
        double rx = rng.uniform(0.22, 0.28);
        double ry = rng.uniform(0.18, 0.26);
        double cx = 0.5;
        double cy = ry;
        PenStroke s = PenStroke.ofArc(cx, cy, rx, ry, -10, -rng.uniform(340, 370));
        double tailTop = cx + rx;
        if (rng.nextDouble() < 0.6) {
            s.line(tailTop - rng.uniform(0.0, 0.12), 1);
        } else {
            s.cubic(tailTop, cy + 0.4, tailTop - 0.05, 1, 0.3, 0.95);
        }
        return List.of(s);
    }
}
