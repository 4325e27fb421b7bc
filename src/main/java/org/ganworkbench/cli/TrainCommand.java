package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.config.ConfigProblem;
import org.ganworkbench.engine.config.ConfigValidator;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.io.OutputFiles;
import org.ganworkbench.engine.judge.JudgeCache;
import org.ganworkbench.engine.judge.JudgeTraining;
import org.ganworkbench.engine.judge.LiveJudge;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.session.RunExports;
import org.ganworkbench.engine.session.SessionData;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.ThreadSetting;
import org.ganworkbench.engine.train.TrainingRun;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: the same models as the app, headless; the app opens the saved run. */
@Command(name = "train", mixinStandardHelpOptions = true, modelTransformer = ConfigOverrides.class,
        sortOptions = false,
        description = {"Train a GAN without a window and save the run (open it in the app, or use sample).",
                "Start from a preset, a config file or a saved session; any hyperparameter can be overridden,",
                "e.g. train --preset ring-vanilla --lr-d 1e-4 --steps 3000 --out runs/ring",
                "",
                "Writes OUT/session.gwb, OUT/history.csv, OUT/config.json and OUT/samples/step-NNNNNN.png, and",
                "OUT/d-outputs.csv (D's view) and, for labelled images, OUT/judge.csv (the judge's measurements).",
                "Ctrl-C saves the session before exiting.", ""})
final class TrainCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--preset", paramLabel = "NAME", description = "Start from a built-in preset (see `info`).")
        String preset;
        @Option(names = "--config", paramLabel = "FILE", description = "Start from a config JSON file (as the app saves it).")
        Path config;
        @Option(names = "--resume", paramLabel = "SESSION", description = "Continue a saved session (.gwb) where it stopped.")
        Path resume;
    }

    /** The most steps one command trains: at 200 steps/s (a small MLP) that is 14 hours. */
    static final long MAX_STEPS = 10_000_000;
    /** --minutes trains in stretches of this many steps, checking the time between them. */
    private static final int TIMED_STRETCH = 10;
    private static final double MAX_MINUTES = 7 * 24 * 60;
    /** A sane bound on --epochs before it is turned into steps (which MAX_STEPS bounds again). */
    static final double MAX_EPOCHS = 1_000_000;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Source source = new Source();

    @Option(names = "--steps", paramLabel = "N", description = "Steps to train (more steps when resuming). Default: the preset's own length "
            + "(README's preset table), else 2000.")
    Long steps;

    @Option(names = "--epochs", paramLabel = "E", description = "Train for this many passes over the dataset instead of --steps.")
    Double epochs;

    @Option(names = "--minutes", paramLabel = "M", description = "Stop after this much training time (pauses excluded) "
            + "instead of a number of steps: e.g. to compare two models at equal time on one machine.")
    Double minutes;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: runs/NAME-TIMESTAMP.")
    Path out;

    @Option(names = "--quiet", description = "No progress bar; one summary line at the end.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N|auto", converter = ThreadsOption.class, description = ThreadsOption.DESCRIPTION)
    ThreadSetting threads;

    @Option(names = "--judge", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Image runs on labelled data: measure the samples with the judge every --sample-every steps "
                    + "while training keeps at least 93%% of its speed (the judge trains once per dataset, in the "
                    + "background, and is cached). --no-judge turns it off. Default: on.")
    boolean judge;

    @picocli.CommandLine.Mixin
    CheckpointOptions checkpoints = new CheckpointOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (steps != null && epochs != null) throw new UserInputException("Give --steps or --epochs, not both.");
        if (minutes != null && (steps != null || epochs != null)) {
            throw new UserInputException("Give --minutes, --steps or --epochs, not two of them.");
        }
        if (minutes != null && !(minutes > 0 && minutes <= MAX_MINUTES)) {
            throw new UserInputException("--minutes must be a number above 0 and at most " + (long) MAX_MINUTES + " (a week).");
        }
        if (steps != null && (steps < 1 || steps > MAX_STEPS)) {
            throw new UserInputException("--steps must be a whole number from 1 to " + String.format(Locale.ROOT, "%,d", MAX_STEPS)
                    + " (days of training even for the fastest model; every step is kept in the history).");
        }
        if (epochs != null && !(epochs > 0 && epochs <= MAX_EPOCHS)) {
            throw new UserInputException("--epochs must be a number above 0 and at most " + (long) MAX_EPOCHS + ".");
        }
        if (out != null && out.toString().isBlank()) {
            throw new UserInputException("--out is empty: name the output folder, e.g. --out runs/ring (leave it out for runs/NAME-TIMESTAMP).");
        }
        checkpoints.check(source.resume);

        TrainingRun run;
        String name;
        ThreadSetting threadSetting = ThreadsOption.orEnvironment(threads, err);
        if (source.resume != null) {
            run = TrainingRun.prepare(() -> SessionFiles.load(source.resume, spec.commandLine().getErr()::println, SessionData.REQUIRED), threadSetting);
            name = stripExtension(source.resume.getFileName().toString());
        } else {
            GanConfig config = ConfigOverrides.apply(spec, baseConfig());
            List<ConfigProblem> problems = ConfigValidator.validate(config);
            problems.stream().filter(p -> !p.blocking()).forEach(p -> err.println("warning: " + p.message()));
            if (ConfigValidator.hasBlocking(problems)) {
                throw new UserInputException(String.join("\n       ",
                        problems.stream().filter(ConfigProblem::blocking).map(ConfigProblem::message).toList()));
            }
            run = TrainingRun.prepare(() -> RunPreparer.fresh(config), threadSetting);
            name = source.config != null ? stripExtension(source.config.getFileName().toString())
                    : source.preset != null ? source.preset : Presets.DEFAULT;
        }
        try (run) {
            CliRuns.awaitReady(run);
            checkpoints.apply(run, source.resume);
            if (source.resume != null) ConfigOverrides.applyLive(spec, run.controls());
            long start = run.latest().step();
            long more = stepsToTrain(run);
            if (more > MAX_STEPS || start > Long.MAX_VALUE - more) {
                throw new UserInputException(String.format(Locale.ROOT, "That is %,d steps; one command trains at most %,d "
                        + "(give fewer --epochs or --steps).", more, MAX_STEPS));
            }
            long target = start + more;
            Path dir = out != null ? out : Path.of("runs", name + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            OutputFiles.createFolder(dir.resolve("samples"));
            ConfigJson.write(run.controls().current(), dir.resolve("config.json"));
            LiveJudge live = judge && run.submit(c -> c.model().shape().isImage()).join()
                    ? LiveJudge.attach(run, JudgeCache.inUserCache(), JudgeTraining.Settings.DEFAULT) : null;
            return train(run, dir, start, target, live);
        }
    }

    private int train(TrainingRun run, Path dir, long start, long target, LiveJudge live) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path session = dir.resolve("session.gwb");
        AtomicBoolean done = new AtomicBoolean();
        Thread saveOnInterrupt = new Thread(() -> {
            if (done.get()) return;
            System.err.println("\nInterrupted: saving the session...");
            run.pause();
            try {
                saveAll(run, dir, checkpoints.keep);
                System.err.println("Saved " + session + " at step " + run.latest().step() + ".");
            } catch (CompletionException e) {
                // e.g. the output folder was removed meanwhile: the JVM is ending, so say why in one line
                Throwable why = e.getCause() != null ? e.getCause() : e;
                System.err.println("Could not save the session: " + why.getMessage());
            }
        }, "save-on-interrupt");
        Runtime.getRuntime().addShutdownHook(saveOnInterrupt);

        try (SampleWriter samples = new SampleWriter(run, dir.resolve("samples"), spec.commandLine().getErr());
             TrainingProgress progress = new TrainingProgress(start, minutes == null ? target : -1, quiet)) {
            run.addListener(samples);
            run.addListener(progress);
            TrainingSnapshot last = minutes == null ? run.trainUntil(target).join() : trainFor(run, target);
            run.removeListener(progress);
            samples.writeFinal(last);
            saveAll(run, dir, checkpoints.keep);
            done.set(true);
            progress.close();
            out.println(summary(run, last, session));
            if (live != null) out.println(judgeSummary(run, live));
            if (!last.message().isEmpty()) {
                spec.commandLine().getErr().println(last.message());
                return 3;
            }
            return 0;
        } finally {
            done.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(saveOnInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it saves
            }
        }
    }

    /** Trains in short stretches until --minutes of training time have passed (or the step bound is reached). */
    private TrainingSnapshot trainFor(TrainingRun run, long target) {
        double limit = minutes * 60;
        double startedAt = run.latest().elapsedSeconds();
        TrainingSnapshot last = run.latest();
        while (last.elapsedSeconds() - startedAt < limit && last.step() < target) {
            last = run.trainUntil(Math.min(target, last.step() + TIMED_STRETCH)).join();
            if (!last.message().isEmpty()) break;
        }
        return last;
    }

    private static void saveAll(TrainingRun run, Path dir, boolean withCheckpoints) {
        Path session = dir.resolve("session.gwb");
        (withCheckpoints ? SessionFiles.saveWithCheckpoints(run, session) : SessionFiles.save(run, session)).join();
        SessionFiles.writeHistory(run, dir.resolve("history.csv")).join();
        SessionFiles.writeMeasurements(run, dir).join();
    }

    /** The judge's last measurement, or why there is none. */
    private static String judgeSummary(TrainingRun run, LiveJudge live) {
        JudgedPoint p = run.submit(c -> c.judged().last()).join();
        if (p == null) return "judge: " + live.status().text() + " (no measurement yet)";
        return String.format(Locale.ROOT, "judge at step %d: %d of %d classes, largest share %.0f%%, confident %.0f%%, "
                        + "Fréchet %.2f%s (judge %.1f%% accurate on held-out images)", p.step(), p.classesPresent(),
                p.classes(), 100 * p.largestShare(), 100 * p.confidentShare(), p.frechet(),
                p.conditional() ? String.format(Locale.ROOT, ", agreement %.1f%% (worst class %.1f%%)",
                        100 * p.meanAgreement(), 100 * p.worstAgreement()) : "", 100 * p.judgeAccuracy());
    }

    private String summary(TrainingRun run, TrainingSnapshot s, Path session) {
        String quality = run.submit(RunExports::qualitySummary).join();
        return String.format(Locale.ROOT, "step %d  loss D %.4f  loss G %.4f  D(x) %.3f  D(G(z)) %.3f  %.1f steps/s  %.0f s  %s%s%nsaved %s",
                s.step(), run.history().last(org.ganworkbench.engine.train.HistoryColumn.LOSS_D),
                run.history().last(org.ganworkbench.engine.train.HistoryColumn.LOSS_G),
                run.history().last(org.ganworkbench.engine.train.HistoryColumn.D_REAL),
                run.history().last(org.ganworkbench.engine.train.HistoryColumn.D_FAKE),
                s.step() / Math.max(s.elapsedSeconds(), 1e-9), s.elapsedSeconds(), threadsUsed(run),
                quality.isEmpty() ? "" : "\n" + quality, session);
    }

    /** "1 thread", "2 threads", or "threads 2 (1,380 steps), 1 (120 steps)" when the count changed. */
    static String threadsUsed(TrainingRun run) {
        java.util.SortedMap<Integer, Integer> counts = run.history().stepsPerThreadCount();
        if (counts.isEmpty()) return "";
        if (counts.size() == 1) return counts.firstKey() == 1 ? "1 thread" : counts.firstKey() + " threads";
        StringBuilder text = new StringBuilder("threads ");
        counts.forEach((t, steps) -> text.append(text.length() > 8 ? ", " : "").append(String.format(Locale.ROOT, "%d (%,d steps)", t, steps)));
        return text.toString();
    }

    private long stepsToTrain(TrainingRun run) {
        if (minutes != null) return MAX_STEPS; // bounded by the time instead
        if (epochs == null) return steps != null ? steps : defaultSteps();
        long perEpoch = run.submit(RunExports::stepsPerEpoch).join();
        double total = epochs * perEpoch;
        return total >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, Math.round(total));
    }

    private long defaultSteps() {
        if (source.resume != null || source.config != null) return Preset.DEFAULT_STEPS;
        return Presets.get(source.preset == null ? Presets.DEFAULT : source.preset).steps();
    }

    private GanConfig baseConfig() {
        if (source.config != null) return ConfigJson.read(source.config);
        return Presets.get(source.preset == null ? Presets.DEFAULT : source.preset).config();
    }

    private static String stripExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
