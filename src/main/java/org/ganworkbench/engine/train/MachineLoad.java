package org.ganworkbench.engine.train;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How much CPU other processes take: the machine's busy time minus this process's, per second of
 * wall time, in cores. The bench reports it ({@code other_cores}) and the automatic thread count
 * falls back on it ({@link ThreadGovernor}).
 *
 * <p>On Linux the machine's busy time is read from /proc/stat (exact, and what the PyTorch reference
 * script reads); elsewhere from the JVM's recent system load.
 */
public final class MachineLoad {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** One reading: nanoTime, busy CPU seconds of the whole machine, and of this process. */
    public record Sample(long nanos, double machineBusySeconds, double processSeconds) {
    }

    private MachineLoad() {
    }

    public static Sample now() {
        return new Sample(System.nanoTime(), machineBusySeconds(), processCpuNanos() / 1e9);
    }

    /** Shortest span between two readings that says anything (/proc/stat counts in hundredths of a second). */
    static final double MIN_SECONDS = 0.25;

    /** Cores other processes kept busy on average between two readings; NaN when they are too close to tell. */
    public static double otherCores(Sample from, Sample to) {
        double wall = (to.nanos() - from.nanos()) / 1e9;
        if (wall < MIN_SECONDS) return Double.NaN;
        double others = (to.machineBusySeconds() - from.machineBusySeconds()) - (to.processSeconds() - from.processSeconds());
        return Math.max(0, Math.min(CORES, others / wall));
    }

    /** CPU seconds this process has used, all threads (native ones too). */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return 0;
    }

    /**
     * Busy CPU seconds of the whole machine, all cores (user, nice, system, irq, softirq, steal).
     * Without /proc/stat, the JVM's recent system load stands in (a rate, turned into a running total
     * by the caller's clock; good enough to see a taken core).
     */
    static double machineBusySeconds() {
        List<String> f = firstLine(PROC_STAT);
        if (f.size() >= 9) {
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) busy += Long.parseLong(f.get(i));
            return busy / 100.0; // USER_HZ is 100 on Linux
        }
        return SystemLoadClock.busySeconds();
    }

    /** Integrates the JVM's recent whole-machine load over time where there is no /proc/stat. */
    private static final class SystemLoadClock {
        private static long lastNanos = System.nanoTime();
        private static double total;

        static synchronized double busySeconds() {
            long now = System.nanoTime();
            java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            double load = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getCpuLoad() : -1;
            if (load >= 0) total += load * CORES * (now - lastNanos) / 1e9;
            lastNanos = now;
            return total;
        }
    }

    /** "1.02/0.80/0.55" from /proc/loadavg, or "?" where there is none. */
    public static String loadAverage() {
        List<String> f = firstLine(Path.of("/proc/loadavg"));
        return f.size() < 3 ? "?" : String.join("/", f.subList(0, 3));
    }

    private static List<String> firstLine(Path file) {
        try {
            if (!Files.isReadable(file)) return List.of();
            String first = Files.readAllLines(file).get(0).trim();
            return List.of(first.split("\\s+"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
