package org.ganworkbench.engine.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.nn.OpTimer;
import org.ganworkbench.engine.style.net.Dl4jVggFeatures;
import org.ganworkbench.engine.style.net.FeatureNetwork;
import org.ganworkbench.engine.style.net.Vgg16Weights;
import org.ganworkbench.engine.style.net.VggFeatures;
import org.ganworkbench.engine.bench.StepBenchmark;

/**
 * Times style-transfer iterations on VGG16 the way {@code torch_style_bench.py} times PyTorch's:
 * random VGG16 weights (the cost does not depend on them), content loss at one layer, Gram-matrix
 * style loss at relu1_1..relu5_1, total variation, back to the image, Adam; warm-up first, then every
 * iteration timed on its own, reporting the median. {@code engine} picks the path through the
 * network: the project's own layers, or DL4J's ComputationGraph from the zoo's configuration.
 */
public final class StyleBenchmark {

    /** Which implementation of VGG16 runs the iterations. */
    public enum Engine { OWN, DL4J }

    public record Options(int size, Engine engine, int threads, double seconds, int steps, int warmupSteps, int profileSteps) {
    }

    public record Result(int size, Engine engine, int threads, int steps, double medianMs, double minMs, double p10Ms,
                         double p90Ms, double maxMs, double buildMs, double firstStepMs, double rssMiB, String network,
                         List<StepBenchmark.OpShare> profile, double profiledStepMs, double processCpuMsPerStep) {
    }

    private StyleBenchmark() {
    }

    public static Result run(Options o, Consumer<String> log) {
        ComputeBackend.initialize();
        int threads = o.threads() > 0 ? o.threads() : Runtime.getRuntime().availableProcessors();
        ComputeBackend.setThreads(threads);
        long t0 = System.nanoTime();
        Vgg16Weights weights = Vgg16Weights.random(0);
        FeatureNetwork net = o.engine() == Engine.OWN ? new VggFeatures(weights, o.size()) : new Dl4jVggFeatures(weights, o.size());
        Rng rng = new Rng(1);
        StyleOptimisation opt = new StyleOptimisation(net, noise(o.size(), rng), noise(o.size(), rng), noise(o.size(), rng));
        StyleKnobs knobs = StyleKnobs.defaults(NetworkKind.VGG16);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        log.accept(String.format(Locale.ROOT, "# style%d engine=%s threads=%d natives=%s; %s; build %.0f ms",
                o.size(), o.engine().name().toLowerCase(Locale.ROOT), threads, ComputeBackend.info().nativeBuild(),
                net.title(), buildMs));

        t0 = System.nanoTime();
        check(opt.step(knobs));
        double firstMs = (System.nanoTime() - t0) / 1e6;
        for (int i = 1; i < o.warmupSteps(); i++) check(opt.step(knobs));

        List<StepBenchmark.OpShare> profile = List.of();
        double profiledMs = Double.NaN;
        if (o.profileSteps() > 0) {
            OpTimer.reset();
            OpTimer.enable(true);
            long p0 = System.nanoTime();
            for (int i = 0; i < o.profileSteps(); i++) check(opt.step(knobs));
            profiledMs = (System.nanoTime() - p0) / 1e6 / o.profileSteps();
            OpTimer.enable(false);
            profile = OpTimer.entries().stream().map(e -> new StepBenchmark.OpShare(e.op(), e.totalMs() / o.profileSteps(),
                    e.totalCpuMs() / o.profileSteps(), e.calls() / (double) o.profileSteps())).toList();
        }

        List<Double> times = new ArrayList<>();
        long cpu0 = processCpuNanos();
        long wall0 = System.nanoTime();
        while (true) {
            long s = System.nanoTime();
            check(opt.step(knobs));
            long e = System.nanoTime();
            times.add((e - s) / 1e6);
            if (o.steps() > 0 ? times.size() >= o.steps() : (e - wall0) / 1e9 >= o.seconds() && times.size() >= 3) break;
        }
        double cpuMs = (processCpuNanos() - cpu0) / 1e6 / times.size();
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Result(o.size(), o.engine(), threads, n, median, sorted[0], sorted[(int) (0.1 * (n - 1))],
                sorted[(int) (0.9 * (n - 1))], sorted[n - 1], buildMs, firstMs, org.ganworkbench.engine.train.MemorySample.currentRssMiB(), net.title(),
                profile, profiledMs, cpuMs);
    }

    /** CPU time of the whole process (all threads), a guide while other processes share the machine. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void check(StyleMetrics m) {
        if (!m.finite()) throw new IllegalStateException("a loss is not finite: " + m);
    }

    private static RgbImage noise(int size, Rng rng) {
        float[] v = new float[3 * size * size];
        for (int i = 0; i < v.length; i++) v[i] = (float) rng.nextDouble();
        return new RgbImage(size, size, v);
    }

}
