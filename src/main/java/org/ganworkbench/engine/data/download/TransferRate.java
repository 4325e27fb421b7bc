package org.ganworkbench.engine.data.download;

import java.util.ArrayDeque;

/**
 * Transfer rate over the last few seconds (not since the start, so a stall or a speed-up shows
 * quickly) and the time left at that rate.
 */
final class TransferRate {

    private static final long WINDOW_NANOS = 5_000_000_000L;

    private final ArrayDeque<long[]> samples = new ArrayDeque<>();

    /** Records that {@code bytes} were on disk at {@code nanos}. */
    void sample(long nanos, long bytes) {
        samples.addLast(new long[] {nanos, bytes});
        while (samples.size() > 2 && nanos - samples.peekFirst()[0] > WINDOW_NANOS) samples.removeFirst();
    }

    double bytesPerSecond() {
        if (samples.size() < 2) return 0;
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        long dt = last[0] - first[0];
        return dt <= 0 ? 0 : (last[1] - first[1]) * 1e9 / dt;
    }

    /** Seconds to reach {@code total} from the last sample; NaN when the total or the rate is unknown. */
    double etaSeconds(long total) {
        double rate = bytesPerSecond();
        if (total < 0 || rate <= 0 || samples.isEmpty()) return Double.NaN;
        return Math.max(0, total - samples.peekLast()[1]) / rate;
    }
}
