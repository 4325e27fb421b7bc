package org.ganworkbench.ui.run;

/**
 * Lets an action through at most once per interval. Driven by the caller's clock (an
 * AnimationTimer's frame time in the app, plain numbers in tests), so it needs no thread of its own.
 */
public final class UiThrottle {

    private final long intervalNanos;
    private long last = Long.MIN_VALUE;

    public UiThrottle(double maxPerSecond) {
        if (!(maxPerSecond > 0)) throw new IllegalArgumentException("rate must be positive: " + maxPerSecond);
        this.intervalNanos = Math.round(1e9 / maxPerSecond);
    }

    /** True (and the interval restarts) when at least one interval passed since the last true. */
    public boolean due(long nowNanos) {
        if (last != Long.MIN_VALUE && nowNanos - last < intervalNanos) return false;
        last = nowNanos;
        return true;
    }
}
