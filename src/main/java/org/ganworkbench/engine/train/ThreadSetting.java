package org.ganworkbench.engine.train;

import java.util.Locale;
import java.util.Map;

/**
 * How many native threads a run may use: a fixed number the user chose, or automatic (the
 * {@link ThreadPolicy} rule per model, falling back while other processes keep cores busy).
 *
 * <p>Where it comes from, first found wins: {@code train --threads} / {@code bench --threads},
 * the system property {@value #PROPERTY}, the environment variable {@value #ENV}, else automatic.
 * The app (GUI) honours the property and the variable.
 *
 * @param fixed the thread count the user chose, or 0 for automatic
 */
public record ThreadSetting(int fixed) {

    public static final String PROPERTY = "ganworkbench.threads";
    public static final String ENV = "GAN_WORKBENCH_THREADS";
    /**
     * Four threads per core at most: more only makes the cores take turns (1,024 threads on this
     * 2-core machine ran 13x slower and drove the load average to 170, and 100,000 killed the JVM).
     */
    static final int MAX_THREADS = Math.max(4, Math.min(256, 4 * Runtime.getRuntime().availableProcessors()));
    public static final ThreadSetting AUTOMATIC = new ThreadSetting(0);

    public ThreadSetting {
        if (fixed < 0 || fixed > MAX_THREADS) throw new IllegalArgumentException("threads must be 1-" + MAX_THREADS + " or automatic");
    }

    public static ThreadSetting fixed(int threads) {
        if (threads < 1) throw new IllegalArgumentException("a fixed thread count is at least 1, not " + threads);
        return new ThreadSetting(threads);
    }

    public boolean automatic() {
        return fixed == 0;
    }

    /**
     * "auto" (any case) or a whole number from 1 to four per core ({@link #MAX_THREADS}).
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static ThreadSetting parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("auto")) return AUTOMATIC;
        try {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= MAX_THREADS) return new ThreadSetting(n);
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + t + "' is not a thread count: give auto or a number from 1 to " + MAX_THREADS);
    }

    /** The setting of this process: {@value #PROPERTY}, else {@value #ENV}, else automatic. */
    public static ThreadSetting fromEnvironment() {
        return fromEnvironment(System.getProperty(PROPERTY), System.getenv());
    }

    /**
     * The rule with its inputs given (tests). A value that cannot be read is not fatal here (the app
     * must start): it is reported by {@link #environmentProblem} and automatic is used.
     */
    static ThreadSetting fromEnvironment(String property, Map<String, String> env) {
        String text = firstGiven(property, env.get(ENV));
        if (text == null) return AUTOMATIC;
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return AUTOMATIC;
        }
    }

    /** Empty, or why the property or variable was ignored and what to write instead. */
    public static String environmentProblem() {
        return environmentProblem(System.getProperty(PROPERTY), System.getenv());
    }

    static String environmentProblem(String property, Map<String, String> env) {
        String text = firstGiven(property, env.get(ENV));
        if (text == null) return "";
        try {
            parse(text);
            return "";
        } catch (IllegalArgumentException e) {
            String source = property != null && !property.isBlank() ? "-D" + PROPERTY : ENV;
            return source + ": " + e.getMessage() + "; using automatic threads.";
        }
    }

    /** "auto" or the number, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return automatic() ? "auto" : String.valueOf(fixed);
    }

    /** For people: "automatic" or "fixed at 2". */
    public String describe() {
        return automatic() ? "automatic" : String.format(Locale.ROOT, "fixed at %d", fixed);
    }

    private static String firstGiven(String property, String env) {
        if (property != null && !property.isBlank()) return property;
        if (env != null && !env.isBlank()) return env;
        return null;
    }
}
