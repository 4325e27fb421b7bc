package org.ganworkbench.engine.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One hyperparameter: its key (also the CLI option, {@code --key}), where it sits in the editor,
 * the one description that the UI's tooltip and the CLI's help both show, its allowed values, and
 * how to read it from and write it into a {@link GanConfig}.
 */
public final class ConfigField {

    /** Editor sections, in display order. */
    public enum Group {
        DATA("Data"), GENERATOR("Generator"), DISCRIMINATOR("Discriminator"), GROWTH("Growth"), LOSS("Loss"),
        OPTIMIZERS("Optimizers"), TRICKS("Tricks"), TRAINING("Training");

        private final String title;
        Group(String title) { this.title = title; }
        public String title() { return title; }
    }

    /** The type of a value, which decides how it is parsed and edited. */
    public enum Kind { INT, LONG, DOUBLE, ENUM, TEXT, INT_LIST, BOOL }

    private final String key;
    private final Group group;
    private final String label;
    private final String description;
    private final Kind kind;
    private final double min;
    private final double max;
    private final Class<? extends Enum<?>> enumType;
    private final boolean live;
    private final boolean logScale;
    private final Function<GanConfig, Object> reader;
    private final BiFunction<GanConfig, Object, GanConfig> writer;

    ConfigField(String key, Group group, String label, String description, Kind kind, double min, double max,
                Class<? extends Enum<?>> enumType, boolean live, boolean logScale,
                Function<GanConfig, Object> reader, BiFunction<GanConfig, Object, GanConfig> writer) {
        this.key = key;
        this.group = group;
        this.label = label;
        this.description = description;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.enumType = enumType;
        this.live = live;
        this.logScale = logScale;
        this.reader = reader;
        this.writer = writer;
    }

    ConfigField asLive() {
        return new ConfigField(key, group, label, description, kind, min, max, enumType, true, logScale, reader, writer);
    }

    public String key() { return key; }
    public Group group() { return group; }
    public String label() { return label; }
    public String description() { return description; }
    public Kind kind() { return kind; }
    public double min() { return min; }
    public double max() { return max; }
    /** True for the knobs a teacher may turn while training runs; they apply at the next step. */
    public boolean live() { return live; }
    /** True when the value spans decades (learning rates): sliders should move on a log scale. */
    public boolean logScale() { return logScale; }

    /** A choice's name in words, e.g. "Non-saturating" for NON_SATURATING; the name itself for other kinds. */
    public String choiceLabel(String choice) {
        if (enumType == null) return choice;
        for (Enum<?> c : enumType.getEnumConstants()) {
            if (c.name().equals(choice)) return c instanceof Labelled l ? l.label() : c.name();
        }
        return choice;
    }

    /** The enum constants an ENUM field accepts, in declaration order. */
    public List<String> choices() {
        if (enumType == null) return List.of();
        return Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
    }

    public Object read(GanConfig config) {
        return reader.apply(config);
    }

    /** Returns a copy of {@code config} with this field set; the value must come from {@link #parse}. */
    public GanConfig write(GanConfig config, Object value) {
        return writer.apply(config, value);
    }

    /** The allowed range in words, e.g. "between 1e-07 and 1". */
    public String allowed() {
        return switch (kind) {
            case ENUM -> "one of " + String.join(", ", choices());
            case TEXT -> "a non-empty name";
            case BOOL -> "true or false";
            case INT_LIST -> "1 to " + (int) max + " comma-separated widths between " + (int) min + " and 8192";
            case INT, LONG -> "a whole number between " + format(min) + " and " + format(max);
            case DOUBLE -> "a number between " + format(min) + " and " + format(max);
        };
    }

    /**
     * Parses text as typed by a user (editor or command line).
     *
     * @throws IllegalArgumentException with a message naming the field and what it accepts
     */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        Object value;
        try {
            value = switch (kind) {
                case INT -> Integer.parseInt(t);
                case LONG -> Long.parseLong(t);
                case DOUBLE -> Double.parseDouble(t);
                case TEXT -> t;
                case ENUM -> parseEnum(t);
                case INT_LIST -> parseIntList(t);
                case BOOL -> parseBool(t);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem("'" + t + "' is not " + article()));
        }
        check(value).ifPresent(message -> { throw new IllegalArgumentException(message); });
        return value;
    }

    /** Checks a value against this field's range; the message names the field and the allowed values. */
    public Optional<String> check(Object value) {
        boolean ok = switch (kind) {
            case INT, LONG, DOUBLE -> value instanceof Number n && inRange(n.doubleValue());
            case TEXT -> value instanceof String s && !s.isBlank();
            case BOOL -> value instanceof Boolean;
            case ENUM -> value instanceof Enum<?> e && e.getDeclaringClass() == enumType;
            case INT_LIST -> value instanceof List<?> list && !list.isEmpty() && list.size() <= max
                    && list.stream().allMatch(w -> w instanceof Integer i && i >= min && i <= 8192);
        };
        return ok ? Optional.empty() : Optional.of(problem("got " + format(value)));
    }

    private boolean inRange(double v) {
        return !Double.isNaN(v) && v >= min && v <= max;
    }

    private String problem(String what) {
        return label + " (" + key + ") must be " + allowed() + "; " + what;
    }

    private String article() {
        return switch (kind) {
            case INT, LONG -> "a whole number";
            case DOUBLE -> "a number";
            case INT_LIST -> "a list of whole numbers";
            default -> "valid";
        };
    }

    private Object parseEnum(String t) {
        String wanted = t.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Enum<?> c : enumType.getEnumConstants()) {
            if (c.name().equals(wanted)) return c;
        }
        throw new IllegalArgumentException(problem("got '" + t + "'"));
    }

    private Boolean parseBool(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new IllegalArgumentException(problem("got '" + t + "'"));
        };
    }

    private static List<Integer> parseIntList(String t) {
        List<Integer> out = new ArrayList<>();
        for (String part : t.split("[,\\s]+")) {
            if (!part.isEmpty()) out.add(Integer.parseInt(part));
        }
        return out;
    }

    /** Formats a value the way {@link #parse} reads it back. */
    public String format(Object value) {
        if (value instanceof Double d) return formatNumber(d);
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String format(double v) {
        return formatNumber(v);
    }

    private static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
        double abs = Math.abs(d);
        if (abs != 0 && (abs < 1e-3 || abs >= 1e6)) return String.format(Locale.ROOT, "%.3g", d).replace("e-0", "e-");
        return String.format(Locale.ROOT, "%.6g", d).replaceAll("\\.?0+$", "");
    }

    @Override
    public String toString() {
        return key;
    }
}
