package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganworkbench.engine.style.StyleBenchmark;
import org.ganworkbench.engine.bench.StepBenchmark;

/**
 * {@code bench --model style256} (or style128, style512, ...): times style-transfer iterations on
 * VGG16 and, with {@code --reference}, {@code torch_style_bench.py} at the same size right after,
 * printing the ratio of the medians as for the GAN models.
 */
final class StyleBench {

    private static final Pattern MODEL = Pattern.compile("style(\\d{2,4})");
    private static final Pattern MEDIAN = Pattern.compile("median_step_ms=([0-9.]+)");
    static final String REFERENCE_SCRIPT = "torch_style_bench.py";

    private StyleBench() {
    }

    /** The image size a model name asks for, or -1 when it is not a style model. */
    static int size(String model) {
        Matcher m = MODEL.matcher(model.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) return -1;
        int size = Integer.parseInt(m.group(1));
        if (size < 32 || size > 1024 || size % 16 != 0) throw new UserInputException("style models take sizes 32 to 1024 in steps of 16, e.g. style256.");
        return size;
    }

    /** @param reference runs the reference, or null to skip it */
    static int run(int size, StyleBenchmark.Engine engine, int threads, double seconds, int steps, int warmup, int profile,
                   List<Integer> referenceThreads, ReferenceRunner reference, PrintWriter out) throws Exception {
        StyleBenchmark.Result r = StyleBenchmark.run(
                new StyleBenchmark.Options(size, engine, threads, seconds, steps, warmup, profile), line -> {
                    out.println(line);
                    out.flush();
                });
        if (!r.profile().isEmpty()) printProfile(r, out);
        out.printf(Locale.ROOT, "# timed %d iterations; ms: min=%.1f p10=%.1f median=%.1f p90=%.1f max=%.1f; first %.0f ms; "
                        + "process CPU %.0f ms per iteration; RSS %.0f MiB%n",
                r.steps(), r.minMs(), r.p10Ms(), r.medianMs(), r.p90Ms(), r.maxMs(), r.firstStepMs(), r.processCpuMsPerStep(), r.rssMiB());
        out.printf(Locale.ROOT, "RESULT model=style%d engine=%s threads=%d steps=%d median_step_ms=%.2f steps_per_s=%.3f%n",
                size, engine.name().toLowerCase(Locale.ROOT), r.threads(), r.steps(), r.medianMs(), 1000 / r.medianMs());
        out.flush();
        if (reference == null) return 0;
        double best = Double.NaN;
        int bestThreads = 0;
        for (int t : referenceThreads) {
            String line = reference.run(List.of("--size", String.valueOf(size), "--threads", String.valueOf(t),
                    "--warmup", String.valueOf(Math.max(1, warmup)),
                    "--seconds", String.valueOf(steps > 0 ? 1 : seconds)), t);
            if (line == null) throw new IllegalStateException("the reference printed no RESULT line");
            Matcher med = MEDIAN.matcher(line);
            if (!med.find()) throw new IllegalStateException("no median in: " + line);
            double ms = Double.parseDouble(med.group(1));
            if (Double.isNaN(best) || ms < best) {
                best = ms;
                bestThreads = t;
            }
        }
        out.printf(Locale.ROOT, "RATIO model=style%d ours_ms=%.2f ours_threads=%d reference_best_ms=%.2f reference_threads=%d ratio=%.3f%n",
                size, r.medianMs(), r.threads(), best, bestThreads, r.medianMs() / best);
        out.flush();
        return 0;
    }

    private static void printProfile(StyleBenchmark.Result r, PrintWriter out) {
        double timed = r.profile().stream().mapToDouble(StepBenchmark.OpShare::msPerStep).sum();
        out.printf(Locale.ROOT, "# profile: %.1f ms per iteration, %.1f ms of it in the ops below%n", r.profiledStepMs(), timed);
        out.printf(Locale.ROOT, "# %9s %6s %9s %6s  %s%n", "ms/iter", "share", "cpu ms", "calls", "op [input shapes]");
        for (StepBenchmark.OpShare e : r.profile()) {
            out.printf(Locale.ROOT, "# %9.2f %5.1f%% %9.2f %6.1f  %s%n", e.msPerStep(), 100 * e.msPerStep() / r.profiledStepMs(),
                    e.cpuMsPerStep(), e.callsPerStep(), e.op());
        }
    }

    /** Runs the reference script with the given arguments and torch thread count; returns its RESULT line. */
    @FunctionalInterface
    interface ReferenceRunner {
        String run(List<String> arguments, int torchThreads) throws Exception;
    }
}
