package org.ganworkbench.engine.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.nn.OpTimer;
import org.ganworkbench.engine.train.MachineLoad;
import org.ganworkbench.engine.train.MemorySample;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.engine.train.StepMetrics;
import org.ganworkbench.engine.train.ThreadGovernor;
import org.ganworkbench.engine.train.ThreadPolicy;
import org.ganworkbench.engine.train.ThreadSetting;
import org.ganworkbench.engine.train.Trainer;
import org.ganworkbench.engine.train.TrainingCounters;

/**
 * Times full training steps of the real {@link Trainer} on the reference benchmark's models, the
 * way {@code torch_gan_bench.py} times PyTorch's: warm-up steps first, then every step timed on
 * its own for a fixed duration (or count), reporting the median. What it measures is what a user
 * runs: the same step code, data source and thread policy as the app.
 */
public final class StepBenchmark {

    /**
     * @param threads     ND4J/BLAS threads, or automatic: the app's own choice, which falls back while
     *                    other processes keep cores busy ({@link ThreadGovernor}), as a training run does
     * @param seconds     timed duration after warm-up (ignored when {@code steps > 0})
     * @param steps       exact number of timed steps, or 0 to time for {@code seconds}
     * @param stage       a staged model's resolution stage to time (0-based; -1: the last)
     */
    public record Options(BenchModel model, int batch, ThreadSetting threads, double seconds, int steps, int warmupSteps,
                          int profileSteps, int memoryEvery, int stage) {

        public Options(BenchModel model, int batch, ThreadSetting threads, double seconds, int steps, int warmupSteps,
                       int profileSteps) {
            this(model, batch, threads, seconds, steps, warmupSteps, profileSteps, 0, -1);
        }

        int stageTimed() {
            return stage < 0 ? model.stages() - 1 : stage;
        }
    }

    /** Where the time of the profiled steps went: per op, milliseconds per step and calls per step. */
    public record OpShare(String op, double msPerStep, double cpuMsPerStep, double callsPerStep) {
    }

    /**
     * Timings in milliseconds; {@code otherCores} is the CPU other processes used meanwhile (a noise
     * indicator); {@code medianCpuMs} is the stepping thread's CPU time per step (native helper threads
     * not counted), which other processes disturb less than wall time: a guide while the machine is
     * busy, never the result. {@code threads} is the count the last step ran on; {@code threadsUsed}
     * says how many timed steps ran on each count ("2: 180, 1: 20"), which differ only when automatic.
     */
    public record Result(BenchModel model, int batch, int threads, String threadsUsed, int steps, double medianMs, double meanMs,
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
        Trainer trainer = new Trainer(model, data, o.model().countersAt(o.stageTimed()));
        double buildMs = ms(System.nanoTime() - t0);
        ThreadGovernor governor = ThreadGovernor.start(model, o.threads(), MachineLoad.now());
        log.accept(String.format(java.util.Locale.ROOT,
                "# %s%s batch=%d threads=%d (%s) natives=%s; %.2f G multiply-adds per step; ND4J init %.0f ms, build %.0f ms",
                o.model().id(), o.model().stages() > 1 ? " stage " + (o.stageTimed() + 1) + " of " + o.model().stages() : "",
                o.batch(), governor.current(), o.threads().automatic()
                        ? governor.adaptive() ? "the app's choice, falling back while other processes keep cores busy" : "the app's choice"
                        : "--threads",
                ComputeBackend.info().nativeBuild(), ThreadPolicy.stepMultiplyAdds(model) / 1e9, initMs, buildMs));

        long done = 0;
        t0 = System.nanoTime();
        governor.beforeStep(done++);
        check(trainer.step(StepKind.FULL, config));
        double firstStepMs = ms(System.nanoTime() - t0);
        for (int i = 1; i < o.warmupSteps(); i++) {
            governor.beforeStep(done++);
            check(trainer.step(StepKind.FULL, config));
        }
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
            for (int i = 0; i < o.profileSteps(); i++) {
                governor.beforeStep(done++);
                check(trainer.step(StepKind.FULL, config));
            }
            profiledStepMs = ms(System.nanoTime() - p0) / o.profileSteps();
            profiledStepCpuMs = ms(THREAD_CPU.getCurrentThreadCpuTime() - c0) / o.profileSteps();
            OpTimer.enable(false);
            profile = OpTimer.entries().stream()
                    .map(e -> new OpShare(e.op(), e.totalMs() / o.profileSteps(), e.totalCpuMs() / o.profileSteps(),
                            e.calls() / (double) o.profileSteps()))
                    .toList();
        }

        String loadBefore = MachineLoad.loadAverage();
        MachineLoad.Sample load0 = MachineLoad.now();
        double rssStart = MemorySample.currentRssMiB();
        java.util.TreeMap<Integer, Integer> stepsPerThreadCount = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
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
            int threads = governor.beforeStep(done++);
            stepsPerThreadCount.merge(threads, 1, Integer::sum);
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
        MachineLoad.Sample load1 = MachineLoad.now();
        double cpu = load1.processSeconds() - load0.processSeconds();
        double other = MachineLoad.otherCores(load0, load1);
        double rssEnd = MemorySample.currentRssMiB();
        StringBuilder used = new StringBuilder();
        stepsPerThreadCount.forEach((t, count) -> used.append(used.length() == 0 ? "" : ", ").append(t).append(": ").append(count));

        double[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        double[] cpuSorted = Arrays.copyOf(cpuTimes, n);
        Arrays.sort(cpuSorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        return new Result(o.model(), o.batch(), governor.current(), used.toString(), n, median(sorted), mean, sorted[0],
                sorted[(int) (0.10 * (n - 1))], sorted[(int) (0.90 * (n - 1))], sorted[n - 1], wall, cpu / wall,
                Double.isNaN(other) ? 0 : other, loadBefore, MachineLoad.loadAverage(), initMs, buildMs, firstStepMs, rssStart, rssEnd, last.lossD(), last.lossG(),
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
}
