package org.ganworkbench.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Axis ticks at round numbers (1, 2 or 5 times a power of ten), and their labels. */
final class NiceTicks {

    private NiceTicks() {
    }

    /** About {@code target} ticks covering [lo, hi]; only those inside the range. */
    static List<Double> linear(double lo, double hi, int target) {
        List<Double> ticks = ticks(lo, hi, target);
        // A short range can fall between two round numbers: then use finer ones, so an axis is never unlabelled.
        return ticks.size() >= 2 || target > 64 ? ticks : linear(lo, hi, target * 2);
    }

    private static List<Double> ticks(double lo, double hi, int target) {
        List<Double> ticks = new ArrayList<>();
        if (!(hi > lo) || target < 1) return ticks;
        double step = niceStep((hi - lo) / target);
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** Decades inside [lo, hi] given as log10 values; returns the log10 of each tick. */
    static List<Double> decades(double logLo, double logHi) {
        List<Double> ticks = new ArrayList<>();
        for (double d = Math.ceil(logLo); d <= Math.floor(logHi); d++) ticks.add(d);
        if (ticks.size() < 2) ticks = linear(logLo, logHi, 3);
        return ticks;
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** A short label: 12k, 1.5M for steps; 0.25, 1e-3 for values; 1e11 where millions would need six digits. */
    static String label(double v) {
        double a = Math.abs(v);
        if (a == 0) return "0";
        if (a >= 1e9) return String.format(Locale.ROOT, "%.1e", v).replace(".0e", "e").replace("e+0", "e").replace("e+", "e");
        if (a >= 1e6) return trim(String.format(Locale.ROOT, "%.1f", v / 1e6)) + "M";
        if (a >= 1e4) return trim(String.format(Locale.ROOT, "%.1f", v / 1e3)) + "k";
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 0.01) return trim(String.format(Locale.ROOT, "%.3f", v));
        return String.format(Locale.ROOT, "%.0e", v).replace("e-0", "e-");
    }

    private static String trim(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
