package org.ganworkbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganworkbench.engine.judge.JudgeBenchmark;
import org.ganworkbench.engine.style.StyleBenchmark;
import org.ganworkbench.engine.bench.BenchModel;
import org.ganworkbench.engine.bench.StepBenchmark;
import org.ganworkbench.engine.train.ThreadSetting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times our training step on the models of the PyTorch reference benchmark and
 * prints the reference's machine-readable line; with {@code --reference} it runs the reference
 * right after, on the same machine, and prints the ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time full training steps (D on batch real + batch fake, G on batch fresh z through a frozen D,",
                "non-saturating loss, Adam 2e-4/0.5/0.999) on the models of the PyTorch reference benchmark.",
                "e.g. bench --model dcgan28 --seconds 30 --reference",
                "style256 (style128, style512, ...) times style-transfer iterations on VGG16 instead, against torch_style_bench.py.",
                "With --judge PRESET: what the live judge costs, per measurement and in training speed (on vs off).", ""})
final class BenchCommand implements Callable<Integer> {

    private static final Pattern MEDIAN = Pattern.compile("median_step_ms=([0-9.]+)");
    private static final Pattern THREADS = Pattern.compile("threads=([0-9]+)");

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", description = "mlp, dcgan28, toy2d, progressive28 (compared with the "
            + "dcgan28 reference), or styleSIZE (e.g. style256).")
    String model;

    @Option(names = "--stage", paramLabel = "K", description = "progressive28: the resolution stage to time, 1 (7x7), "
            + "2 (14x14) or 3 (28x28). Default: the last.")
    Integer stage;

    @Option(names = "--judge", paramLabel = "PRESET", description = "Instead: the live judge's cost on an image preset "
            + "(e.g. digits-mlp): one measurement's time, and training speed with the judge on against off over --steps steps.")
    String judgePreset;

    @Option(names = "--checkpoints", paramLabel = "PRESET", description = "Instead: what checkpoints cost on a preset's run: "
            + "--steps steps (default 300) with checkpoints off, then on every --checkpoint-every steps (default 100); "
            + "one capture's time and size, and rewind latency.")
    String checkpointPreset;

    @Option(names = "--checkpoint-every", paramLabel = "N", defaultValue = "100",
            description = "With --checkpoints: steps between checkpoints. Default: ${DEFAULT-VALUE}.")
    int checkpointEvery;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "With --judge: alternating rounds without and with the judge. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size. Default: 64 (mlp, dcgan28), 256 (toy2d).")
    Integer batch;

    @Option(names = "--threads", paramLabel = "N|auto", converter = ThreadsOption.class, description = ThreadsOption.DESCRIPTION)
    ThreadSetting threads;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "Timed duration after warm-up. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--steps", paramLabel = "N", description = "Time exactly N steps instead of --seconds.")
    int steps;

    @Option(names = "--warmup-steps", paramLabel = "N", defaultValue = "20", description = "Untimed steps first. Default: ${DEFAULT-VALUE}.")
    int warmupSteps;

    @Option(names = "--profile", paramLabel = "N", defaultValue = "0",
            description = "After warm-up, time every native op of N steps and print where the time goes.")
    int profileSteps;

    @Option(names = "--memory", paramLabel = "N", defaultValue = "0",
            description = "Print a MEMORY line (resident set, JavaCPP's native bytes, heap, GC count) every N timed steps.")
    int memoryEvery;

    @Option(names = "--engine", paramLabel = "own|dl4j", defaultValue = "own",
            description = "Style models: VGG16 on the project's own layers or on DL4J's. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--reference", description = "Then run the PyTorch reference with the same model, batch and duration, and print the ratio.")
    boolean reference;

    @Option(names = "--reference-script", paramLabel = "FILE", defaultValue = "../shared/reference/torch_gan_bench.py",
            description = "The reference script. Default: ${DEFAULT-VALUE}.")
    Path referenceScript;

    @Option(names = "--reference-threads", paramLabel = "N", split = ",", defaultValue = "1,2",
            description = "Torch thread counts to try; the ratio uses the best. Default: ${DEFAULT-VALUE}.")
    List<Integer> referenceThreads;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "/usr/bin/python3",
            description = "Python with torch for the reference. Default: ${DEFAULT-VALUE}.")
    String python;

    private int benchCheckpoints(PrintWriter out) {
        if (checkpointEvery < 1) throw new UserInputException("--checkpoint-every must be at least 1.");
        int n = steps == 0 ? 300 : steps;
        if (n < checkpointEvery) throw new UserInputException("--steps must be at least --checkpoint-every.");
        org.ganworkbench.engine.config.GanConfig config;
        try {
            config = org.ganworkbench.engine.config.Presets.get(checkpointPreset).config();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        org.ganworkbench.engine.bench.CheckpointBenchmark.Result r = org.ganworkbench.engine.bench.CheckpointBenchmark.run(
                config, n, checkpointEvery, ThreadsOption.orEnvironment(threads, spec.commandLine().getErr()), line -> {
                    out.println(line);
                    out.flush();
                });
        out.println(String.format(java.util.Locale.ROOT, "RESULT checkpoints preset=%s steps=%d every=%d off=%.2f steps/s "
                        + "on=%.2f steps/s slowdown=%.1f%% capture=%.1f ms size=%.1f MB held=%d (%.1f MB) rewind=%.0f ms (max %.0f ms)",
                checkpointPreset, r.steps(), r.every(), r.offStepsPerSecond(), r.onStepsPerSecond(), r.slowdownPercent(),
                r.captureMs(), r.checkpointMb(), r.held(), r.usedMb(), r.rewindMs(), r.rewindMaxMs()));
        out.flush();
        return 0;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (judgePreset != null) return benchJudge(out);
        if (checkpointPreset != null) return benchCheckpoints(out);
        if (model == null) throw new UserInputException("Give --model (mlp, dcgan28, toy2d, progressive28 or style256), or --judge PRESET.");
        if (StyleBench.size(model) > 0) return styleBench(out);
        BenchModel m;
        try {
            m = BenchModel.parse(model);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        int n = batch == null ? m.defaultBatch() : batch;
        if (n < 1) throw new UserInputException("--batch must be at least 1.");
        if (memoryEvery < 0) throw new UserInputException("--memory must be positive.");
        stageIndex(m);
        if (reference && !Files.isRegularFile(referenceScript)) {
            throw new UserInputException("reference script not found: " + referenceScript + " (see --reference-script)");
        }

        StepBenchmark.Result r = StepBenchmark.run(
                new StepBenchmark.Options(m, n, ThreadsOption.orEnvironment(threads, spec.commandLine().getErr()), seconds, steps,
                        warmupSteps, profileSteps, memoryEvery, stageIndex(m)), line -> {
                    out.println(line);
                    out.flush();
                });
        if (!r.profile().isEmpty()) printProfile(r, out);
        out.println(describe(r));
        out.println(resultLine(r));
        out.flush();
        if (!reference) return 0;

        double best = Double.NaN;
        int bestThreads = 0;
        for (int t : referenceThreads) {
            String line = runReference(m, n, t, out);
            if (line == null) throw new IllegalStateException("the reference printed no RESULT line");
            Matcher med = MEDIAN.matcher(line);
            Matcher thr = THREADS.matcher(line);
            if (!med.find()) throw new IllegalStateException("no median in: " + line);
            double ms = Double.parseDouble(med.group(1));
            if (Double.isNaN(best) || ms < best) {
                best = ms;
                bestThreads = thr.find() ? Integer.parseInt(thr.group(1)) : t;
            }
        }
        out.printf(Locale.ROOT, "RATIO model=%s batch=%d ours_ms=%.2f ours_threads=%d reference_model=%s reference_best_ms=%.2f "
                        + "reference_threads=%d ratio=%.3f%n",
                m.id(), n, r.medianMs(), r.threads(), m.referenceId(), best, bestThreads, r.medianMs() / best);
        out.flush();
        return 0;
    }

    /** --stage as a 0-based index, -1 for the last; refused where the model has no such stage. */
    private int stageIndex(BenchModel m) {
        if (stage == null) return -1;
        if (stage < 1 || stage > m.stages()) {
            throw new UserInputException("--stage must be between 1 and " + m.stages() + " for " + m.id() + ", not " + stage + ".");
        }
        return stage - 1;
    }

    private int benchJudge(PrintWriter out) {
        int n = steps > 0 ? steps : 1000;
        if (rounds < 1) throw new UserInputException("--rounds must be at least 1.");
        JudgeBenchmark.Result r = JudgeBenchmark.run(judgePreset, n, rounds, line -> {
            out.println(line);
            out.flush();
        });
        out.printf(Locale.ROOT, "RESULT judge preset=%s steps=%d measurement_ms=%.0f generate_ms=%.0f judge_ms=%.0f "
                        + "steps_per_s_off=%.2f steps_per_s_on=%.2f speed_kept=%.3f measurements=%.0f%n",
                r.preset(), r.steps(), r.generateMs() + r.judgeMs(), r.generateMs(), r.judgeMs(), r.stepsPerSecondOff(),
                r.stepsPerSecondOn(), r.speedKept(), r.measurementsOn());
        return 0;
    }

    private static void printProfile(StepBenchmark.Result r, PrintWriter out) {
        double timed = r.profile().stream().mapToDouble(StepBenchmark.OpShare::msPerStep).sum();
        double timedCpu = r.profile().stream().mapToDouble(StepBenchmark.OpShare::cpuMsPerStep).sum();
        out.printf(Locale.ROOT, "# profile: %.2f ms per step (stepping thread's CPU: %.2f ms), %.2f ms (CPU %.2f) of it in the ops below,"
                        + " %.2f ms (CPU %.2f) elsewhere (Java, JNI, loss, data)%n",
                r.profiledStepMs(), r.profiledStepCpuMs(), timed, timedCpu, r.profiledStepMs() - timed,
                r.profiledStepCpuMs() - timedCpu);
        out.printf(Locale.ROOT, "# %9s %6s %9s %6s  %s%n", "ms/step", "share", "cpu ms", "calls", "op [input shapes]");
        for (StepBenchmark.OpShare e : r.profile()) {
            out.printf(Locale.ROOT, "# %9.3f %5.1f%% %9.3f %6.1f  %s%n", e.msPerStep(), 100 * e.msPerStep() / r.profiledStepMs(),
                    e.cpuMsPerStep(), e.callsPerStep(), e.op());
        }
    }

    private static String describe(StepBenchmark.Result r) {
        return String.format(Locale.ROOT, "# timed %d steps in %.2f s wall; step ms: min=%.2f p10=%.2f median=%.2f "
                        + "mean=%.2f p90=%.2f max=%.2f%n# cpu/wall=%.2f; other processes used %.2f cores on average; "
                        + "loadavg before=%s after=%s; RSS %.0f -> %.0f MiB; final lossD=%.4f lossG=%.4f"
                        + "%n# timed steps per thread count: %s",
                r.steps(), r.wallSeconds(), r.minMs(), r.p10Ms(), r.medianMs(), r.meanMs(), r.p90Ms(), r.maxMs(),
                r.cpuPerWall(), r.otherCores(), r.loadBefore(), r.loadAfter(), r.rssStartMiB(), r.rssEndMiB(),
                r.lossD(), r.lossG(), r.threadsUsed());
    }

    /** The reference's machine-readable line, same keys first, then our extras. */
    static String resultLine(StepBenchmark.Result r) {
        return String.format(Locale.ROOT, "RESULT model=%s batch=%d threads=%d steps=%d median_step_ms=%.2f "
                        + "steps_per_s=%.1f mean_step_ms=%.2f p10_ms=%.2f p90_ms=%.2f wall_steps_per_s=%.1f "
                        + "cpu_per_wall=%.2f other_cores=%.2f first_step_ms=%.1f nd4j_init_ms=%.0f "
                        + "rss_start_mib=%.0f rss_end_mib=%.0f median_cpu_ms=%.2f max_ms=%.2f",
                r.model().id(), r.batch(), r.threads(), r.steps(), r.medianMs(), r.stepsPerSecond(), r.meanMs(),
                r.p10Ms(), r.p90Ms(), r.steps() / r.wallSeconds(), r.cpuPerWall(), r.otherCores(), r.firstStepMs(),
                r.initMs(), r.rssStartMiB(), r.rssEndMiB(), r.medianCpuMs(), r.maxMs());
    }

    /** A style model: its own benchmark, and torch_style_bench.py beside the GAN reference. */
    private int styleBench(PrintWriter out) throws Exception {
        StyleBenchmark.Engine e = switch (engine.toLowerCase(Locale.ROOT)) {
            case "own" -> StyleBenchmark.Engine.OWN;
            case "dl4j" -> StyleBenchmark.Engine.DL4J;
            default -> throw new UserInputException("--engine must be own or dl4j.");
        };
        // 0: the style engine's own choice (all cores); --threads auto means the same here
        int styleThreads = ThreadsOption.orEnvironment(threads, spec.commandLine().getErr()).fixed();
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        Path script = given.hasMatchedOption("--reference-script") ? referenceScript
                : referenceScript.resolveSibling(StyleBench.REFERENCE_SCRIPT);
        if (reference && !Files.isRegularFile(script)) {
            throw new UserInputException("reference script not found: " + script + " (see --reference-script)");
        }
        int warmup = given.hasMatchedOption("--warmup-steps") ? warmupSteps : 2; // an iteration takes about a second
        return StyleBench.run(StyleBench.size(model), e, styleThreads, seconds, steps, warmup, profileSteps, referenceThreads,
                reference ? (args, t) -> runScript(script, args, t, out) : null, out);
    }

    /** Runs the reference script once; echoes its output and returns its RESULT line. */
    private String runReference(BenchModel m, int n, int torchThreads, PrintWriter out) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--model", m.referenceId(),
                "--batch", String.valueOf(n), "--threads", String.valueOf(torchThreads),
                "--warmup-steps", String.valueOf(warmupSteps)));
        if (steps > 0) args.addAll(List.of("--steps", String.valueOf(steps)));
        else args.addAll(List.of("--seconds", String.valueOf(seconds)));
        return runScript(referenceScript, args, torchThreads, out);
    }

    private String runScript(Path script, List<String> args, int torchThreads, PrintWriter out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python, script.toString()));
        cmd.addAll(args);
        out.println("# reference: " + String.join(" ", cmd));
        out.flush();
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        // torch.set_num_threads does not reach OpenBLAS's own pthreads: unpinned, they spin on the
        // second core and made the 1-thread reference 1.5-10x slower here. Pin both, as we do ours.
        builder.environment().put("OPENBLAS_NUM_THREADS", String.valueOf(torchThreads));
        builder.environment().put("OMP_NUM_THREADS", String.valueOf(torchThreads));
        out.println("# reference environment: OPENBLAS_NUM_THREADS=" + torchThreads + " OMP_NUM_THREADS=" + torchThreads);
        Process p = builder.start();
        String result = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                out.println("#   " + line);
                out.flush();
                if (line.startsWith("RESULT ")) result = line;
            }
        }
        int code = p.waitFor();
        if (code != 0) throw new UserInputException("the reference exited with code " + code + " (is torch installed for " + python + "?)");
        return result;
    }
}
