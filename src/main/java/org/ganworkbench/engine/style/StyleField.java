package org.ganworkbench.engine.style;

import java.util.Locale;
import java.util.Optional;

/**
 * One setting of a style transfer: its key (also the CLI option {@code --key}), its label, and the
 * one description that the app's tooltip and the CLI's help both show. Number fields carry their
 * range; the live ones (weights, learning rate) are knobs that turn while the optimisation runs.
 */
public record StyleField(String key, String label, String description, double min, double max, boolean logScale,
                         boolean live) {

    /** The allowed range in words. */
    public String allowed() {
        return "between " + format(min) + " and " + format(max);
    }

    /** Null-free check of a number against the range; the message names the field. */
    public Optional<String> check(double value) {
        if (!Double.isNaN(value) && value >= min && value <= max) return Optional.empty();
        return Optional.of(label + " (" + key + ") must be " + allowed() + "; got " + format(value) + ".");
    }

    /**
     * Parses a number as typed.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public double parse(String text) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " (" + key + ") must be a number " + allowed() + "; got '" + text.trim() + "'.");
        }
        check(v).ifPresent(m -> { throw new IllegalArgumentException(m); });
        return v;
    }

    /** As a person would type it: 0.02, 5, 1e-4. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return String.valueOf((long) v);
        double abs = Math.abs(v);
        if (abs != 0 && (abs < 1e-3 || abs >= 1e6)) return String.format(Locale.ROOT, "%.2g", v).replace("e-0", "e-");
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}
