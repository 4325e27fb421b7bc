package org.ganworkbench.engine.train;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.nn.OpTimer;

/**
 * Times full training steps of the real {@link Trainer} on the reference benchmark's models, the
 * way {@code torch_gan_bench.py} times PyTorch's: warm-up steps first, then every step timed on
 * its own for a fixed duration (or count), reporting the median. What it measures is what a user
 * runs: the same step code, data source and thread policy as the app.
 */
public final class StepBenchmark {

    /**
     * @param threads     ND4J/BLAS threads, or 0 for the app's own choice ({@link ThreadPolicy})
     * @param seconds     timed duration after warm-up (ignored when {@code steps > 0})
     * @param steps       exact number of timed steps, or 0 to time for {@code seconds}
     */
    public record Options(BenchModel model, int batch, int threads, double seconds, int steps, int warmupSteps,
                          int profileSteps, int memoryEvery) {

        public Options(BenchModel model, int batch, int threads, double seconds, int steps, int warmupSteps,
                       int profileSteps) {
            this(model, batch, threads, seconds, steps, warmupSteps, profileSteps, 0);
        }
    }

    /** Where the time of the profiled steps went: per op, milliseconds per step and calls per step. */
    public record OpShare(String op, double msPerStep, double cpuMsPerStep, double callsPerStep) {
    }

    /**
     * Timings in milliseconds; {@code otherCores} is the CPU other processes used meanwhile (a noise
     * indicator); {@code medianCpuMs} is the stepping thread's CPU time per step (native helper threads
     * not counted), which other processes disturb less than wall time: a guide while the machine is
     * busy, never the result.
     */
    public record Result(BenchModel model, int batch, int threads, int steps, double medianMs, double meanMs,
                         double minMs, double p10Ms, double p90Ms, double maxMs, double wallSeconds, double cpuPerWall,
                         double otherCores, String loadBefore, String loadAfter, double initMs, double buildMs,
                         double firstStepMs, double rssStartMiB, double rssEndMiB, double lossD, double lossG,
                         double medianCpuMs, List<OpShare> profile, double profiledStepMs, double profiledStepCpuMs) {

        public double stepsPerSecond() {
            return 1000 / medianMs;
        }
    }

    private static final java.lang.management.ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();

    private StepBenchmark() {
    }

    public static Result run(Options o, Consumer<String> log) {
        long t0 = System.nanoTime();
        ComputeBackend.initialize();
        double initMs = ms(System.nanoTime() - t0);

        GanConfig config = o.model().config(o.batch());
        t0 = System.nanoTime();
        Dataset data = o.model().dataset(o.batch());
        GanModel model = GanModel.create(config, data.shape());
        Trainer trainer = new Trainer(model, data, new TrainingCounters());
        double buildMs = ms(System.nanoTime() - t0);
        int threads = o.threads() > 0 ? o.threads() : ThreadPolicy.threadsFor(model);
        ComputeBackend.setThreads(threads);
        log.accept(String.format(java.util.Locale.ROOT,
                "# %s batch=%d threads=%d (%s) natives=%s; %.2f G multiply-adds per step; ND4J init %.0f ms, build %.0f ms",
                o.model().id(), o.batch(), threads, o.threads() > 0 ? "--threads" : "the app's choice",
                ComputeBackend.info().nativeBuild(), ThreadPolicy.stepMultiplyAdds(model) / 1e9, initMs, buildMs));

        t0 = System.nanoTime();
        check(trainer.step(StepKind.FULL, config));
        double firstStepMs = ms(System.nanoTime() - t0);
        for (int i = 1; i < o.warmupSteps(); i++) check(trainer.step(StepKind.FULL, config));
        log.accept(String.format(java.util.Locale.ROOT, "# first step %.1f ms; warm-up %d steps: %.2f s",
                firstStepMs, o.warmupSteps(), ms(System.nanoTime() - t0) / 1000));

        List<OpShare> profile = List.of();
        double profiledStepMs = Double.NaN;
        double profiledStepCpuMs = Double.NaN;
        if (o.profileSteps() > 0) {
            OpTimer.reset();
            OpTimer.enable(true);
            long p0 = System.nanoTime();
            long c0 = THREAD_CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < o.profileSteps(); i++) check(trainer.step(StepKind.FULL, config));
            profiledStepMs = ms(System.nanoTime() - p0) / o.profileSteps();
            profiledStepCpuMs = ms(THREAD_CPU.getCurrentThreadCpuTime() - c0) / o.profileSteps();
            OpTimer.enable(false);
            profile = OpTimer.entries().stream()
                    .map(e -> new OpShare(e.op(), e.totalMs() / o.profileSteps(), e.totalCpuMs() / o.profileSteps(),
                            e.calls() / (double) o.profileSteps()))
                    .toList();
        }

        String loadBefore = loadAverage();
        double busy0 = machineBusySeconds();
        long cpu0 = processCpuNanos();
        double rssStart = rssMiB();
        double[] times = new double[1024];
        double[] cpuTimes = new double[1024];
        int n = 0;
        StepMetrics last = null;
        long wall0 = System.nanoTime();
        if (o.memoryEvery() > 0) {
            log.accept(MemorySample.HEADER);
            log.accept(MemorySample.now(0).line());
        }
        while (true) {
            long c = THREAD_CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            last = check(trainer.step(StepKind.FULL, config));
            long e = System.nanoTime();
            if (n == times.length) {
                times = Arrays.copyOf(times, 2 * n);
                cpuTimes = Arrays.copyOf(cpuTimes, 2 * n);
            }
            cpuTimes[n] = ms(THREAD_CPU.getCurrentThreadCpuTime() - c);
            times[n++] = ms(e - s);
            if (o.memoryEvery() > 0 && n % o.memoryEvery() == 0) log.accept(MemorySample.now(n).line());
            if (o.steps() > 0 ? n >= o.steps() : (e - wall0) / 1e9 >= o.seconds()) break;
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        double other = Math.max(0, machineBusySeconds() - busy0 - cpu) / wall;
        double rssEnd = rssMiB();

        double[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        double[] cpuSorted = Arrays.copyOf(cpuTimes, n);
        Arrays.sort(cpuSorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        return new Result(o.model(), o.batch(), threads, n, median(sorted), mean, sorted[0],
                sorted[(int) (0.10 * (n - 1))], sorted[(int) (0.90 * (n - 1))], sorted[n - 1], wall, cpu / wall, other,
                loadBefore, loadAverage(), initMs, buildMs, firstStepMs, rssStart, rssEnd, last.lossD(), last.lossG(),
                median(cpuSorted), profile, profiledStepMs, profiledStepCpuMs);
    }

    private static StepMetrics check(StepMetrics m) {
        if (!m.ok()) throw new IllegalStateException(m.problem());
        return m;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return 0;
    }

    /** "1.02/0.80/0.55" from /proc/loadavg, or "?" where there is none. */
    private static String loadAverage() {
        List<String> f = procFields(Path.of("/proc/loadavg"));
        return f.size() < 3 ? "?" : String.join("/", f.subList(0, 3));
    }

    /** Busy CPU seconds of the whole machine, all cores (as the reference script counts them). */
    private static double machineBusySeconds() {
        List<String> f = procFields(Path.of("/proc/stat"));
        if (f.size() < 9) return 0;
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) busy += Long.parseLong(f.get(i));
        return busy / 100.0; // USER_HZ is 100 on Linux
    }

    /** Resident set size of this process in MiB, from /proc/self/status (0 where unavailable). */
    public static double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static List<String> procFields(Path file) {
        try {
            String first = Files.readAllLines(file).get(0).trim();
            return List.of(first.split("\\s+"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
