package org.ganworkbench.engine.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dataset id that points at files: {@code KIND:PATH}, optionally followed by
 * {@code ?key=value&key=value} (the URL query syntax, familiar from the web), e.g.
 * {@code folder:/home/me/cats?size=64&channels=3}. A leading {@code ~/} means the home folder (the
 * shell does not expand it after {@code KIND:}). The options are part of the id, so a saved run
 * reopens its data exactly as it was made.
 *
 * @param kind    {@code idx}, {@code npz}, {@code folder} or {@code cifar10}
 * @param path    the file or folder
 * @param options the query's options, in the order given
 */
public record DatasetAddress(String kind, Path path, Map<String, String> options) {

    /** The kinds and the options each accepts. */
    public static final Map<String, Set<String>> KINDS = Map.of(
            "idx", Set.of("transpose"),
            "npz", Set.of(),
            "folder", Set.of("size", "channels"),
            "cifar10", Set.of());

    /**
     * Longest id read: a path can be at most 4096 bytes on Linux, and the options are a few words.
     * A regular expression with a repeated group used to check the query; it recursed once per
     * option, so 20,000 options overflowed the stack. The check is now a loop and the id is capped.
     */
    public static final int MAX_ID_LENGTH = 4096 + 256;
    /** More options than any kind accepts is a damaged or hostile id, not a query to read. */
    static final int MAX_OPTIONS = 8;

    private static final Pattern KEY = Pattern.compile("[a-z]+");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._-]*");

    public DatasetAddress {
        options = Map.copyOf(options);
    }

    /** The address in {@code id}, or empty when {@code id} does not start with a known {@code KIND:}. */
    public static Optional<DatasetAddress> parse(String id) {
        if (id.length() > MAX_ID_LENGTH) {
            throw new DatasetException("The dataset id starting " + "'" + id.substring(0, 40).replaceAll("\\p{Cntrl}", "?") + "...'" + " is " + id.length()
                    + " characters long; at most " + MAX_ID_LENGTH + " are read: name a file or folder and at most a few options.");
        }
        int colon = id.indexOf(':');
        if (colon < 0 || !KINDS.containsKey(id.substring(0, colon))) return Optional.empty();
        String kind = id.substring(0, colon);
        String rest = id.substring(colon + 1);
        Map<String, String> options = new LinkedHashMap<>();
        int q = rest.lastIndexOf('?');
        if (q >= 0 && isQuery(rest.substring(q + 1))) {
            for (String pair : rest.substring(q + 1).split("&")) {
                String key = pair.substring(0, pair.indexOf('='));
                if (!KINDS.get(kind).contains(key)) {
                    throw new DatasetException("'" + key + "' is not an option of " + kind + ": datasets. "
                            + (KINDS.get(kind).isEmpty() ? "It takes none." : "It takes " + String.join(", ", KINDS.get(kind).stream().sorted().toList()) + "."));
                }
                if (options.put(key, pair.substring(pair.indexOf('=') + 1)) != null) {
                    throw new DatasetException("The option '" + key + "' is given twice in " + id);
                }
            }
            rest = rest.substring(0, q);
        }
        if (rest.isBlank()) throw new DatasetException("The dataset id " + id + " names no file or folder: write " + kind + ":PATH.");
        return Optional.of(new DatasetAddress(kind, expandHome(rest), options));
    }

    /**
     * Whether {@code text} reads as {@code key=value&key=value}: lower-case keys, plain values. A
     * {@code ?} followed by anything else is part of the file name.
     */
    private static boolean isQuery(String text) {
        String[] pairs = text.split("&", -1);
        if (pairs.length > MAX_OPTIONS) {
            throw new DatasetException("The dataset id gives " + pairs.length + " options after '?'; a dataset takes at most "
                    + MAX_OPTIONS + " (e.g. folder:PATH?size=64&channels=3).");
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq < 0 || !KEY.matcher(pair.substring(0, eq)).matches() || !VALUE.matcher(pair.substring(eq + 1)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A whole-number option, or {@code fallback} when absent. */
    public int intOption(String key, int fallback) {
        String v = options.get(key);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new DatasetException("The option " + key + "=" + v + " must be a whole number.");
        }
    }

    /** A true/false option, or null when absent (the source decides). */
    public Boolean booleanOption(String key) {
        String v = options.get(key);
        if (v == null) return null;
        if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
        throw new DatasetException("The option " + key + "=" + v + " must be true or false.");
    }

    private static Path expandHome(String path) {
        try {
            if (path.equals("~")) return Path.of(System.getProperty("user.home"));
            if (path.startsWith("~/")) return Path.of(System.getProperty("user.home"), path.substring(2));
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new DatasetException("'" + path + "' is not a valid path here (" + e.getReason() + ").");
        }
    }
}
