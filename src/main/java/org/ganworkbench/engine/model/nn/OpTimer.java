package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a step's time goes, op by op: total wall time and calls per op name and array shapes.
 * Off unless a benchmark turns it on (then one {@code System.nanoTime()} pair per op); the
 * {@code bench --profile} table in docs/performance.md comes from here.
 *
 * <p>Engine-thread only, like the layers it measures.
 */
public final class OpTimer {

    /**
     * One row of the profile.
     *
     * @param totalMs    wall time
     * @param totalCpuMs CPU time of the calling thread: with one native thread (all work on the
     *                   caller) the compute itself, which other processes on the machine disturb less
     */
    public record Entry(String op, long calls, double totalMs, double totalCpuMs) {
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static volatile boolean enabled;
    private static final Map<String, long[]> TOTALS = new HashMap<>();
    private static long cpuStart;

    private OpTimer() {
    }

    public static void enable(boolean on) {
        enabled = on;
    }

    public static void reset() {
        TOTALS.clear();
    }

    /** Every op seen since the last reset, slowest total first. */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        TOTALS.forEach((k, v) -> out.add(new Entry(k, v[0], v[1] / 1e6, v[2] / 1e6)));
        out.sort((a, b) -> Double.compare(b.totalMs(), a.totalMs()));
        return out;
    }

    static long start() {
        if (!enabled) return 0;
        cpuStart = CPU.getCurrentThreadCpuTime();
        return System.nanoTime();
    }

    /** @param label built only when the timer is on */
    static void stop(long start, Supplier<String> label) {
        if (!enabled) return;
        long elapsed = System.nanoTime() - start;
        long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
        long[] t = TOTALS.computeIfAbsent(label.get(), k -> new long[3]);
        t[0]++;
        t[1] += elapsed;
        t[2] += cpu;
    }

    /** Times a piece of work that is not a {@link NativeOp} (ND4J legacy ops, updaters, reductions). */
    public static void time(String label, Runnable work) {
        long t = start();
        work.run();
        stop(t, () -> label);
    }

    static String shapes(String name, Object[] inputs) {
        StringBuilder s = new StringBuilder(name);
        for (Object o : inputs) {
            if (o instanceof org.nd4j.linalg.api.ndarray.INDArray a) s.append(' ').append(java.util.Arrays.toString(a.shape()));
        }
        return s.toString();
    }
}
