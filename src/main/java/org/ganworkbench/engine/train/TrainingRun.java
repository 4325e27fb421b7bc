package org.ganworkbench.engine.train;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import java.util.concurrent.ThreadPoolExecutor;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.EngineThread;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.TrainingListener;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run and the thread it owns. Every DL4J call of the run (training steps, sampling,
 * latent rendering, saving) runs on that thread, one task at a time: DL4J networks are not
 * thread-safe. The controls (start, pause, step, stop) may be called from any thread and act
 * between steps, never in the middle of one. Snapshots go to listeners after every step.
 */
public final class TrainingRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    private static final AtomicInteger RUN_NUMBER = new AtomicInteger();

    private final ThreadPoolExecutor engine;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final List<SampleProbe> probes = new CopyOnWriteArrayList<>();
    private final CompletableFuture<RunContext> ready = new CompletableFuture<>();
    private volatile RunState state = RunState.PREPARING;
    /** The step at which training pauses by itself (see pauseAtStep); MAX_VALUE: none. */
    private final AtomicLong stopAtStep = new AtomicLong(Long.MAX_VALUE);
    /** Read by the training loop after every step, so a pause or stop never waits for queued work. */
    private volatile boolean pauseRequested;
    private volatile boolean stopRequested;
    private volatile CompletableFuture<TrainingSnapshot> finished = new CompletableFuture<>();
    private volatile TrainingSnapshot latest = TrainingSnapshot.status(RunState.PREPARING, 0, "Preparing...");

    // Confined to the engine thread once prepared.
    private RunContext context;
    private Trainer trainer;
    private SnapshotBuilder snapshots;
    private ThreadGovernor threads;
    private RunCheckpoints checkpoints;
    private volatile CheckpointPolicy checkpointPolicy = CheckpointPolicy.DEFAULT;
    private volatile int rewinds;
    private ThreadSetting threadSetting;
    /** Shared with a branch trained beside this run: one step at a time, taking turns (see {@link #alternate}). */
    private volatile java.util.concurrent.locks.ReentrantLock turns;

    private TrainingRun() {
        engine = EngineThread.start("gan-engine", RUN_NUMBER);
    }

    /**
     * Starts preparing a run on its own engine thread (loading ND4J, building data and networks
     * can take seconds); returns at once. {@link #ready()} completes when it can train.
     */
    public static TrainingRun prepare(Supplier<RunSource> source, TrainingListener... listeners) {
        return prepare(source, ThreadSetting.fromEnvironment(), listeners);
    }

    /** As {@link #prepare(Supplier, TrainingListener...)}, with the native threads given ({@code train --threads}). */
    public static TrainingRun prepare(Supplier<RunSource> source, ThreadSetting threads, TrainingListener... listeners) {
        TrainingRun run = new TrainingRun();
        run.threadSetting = threads;
        run.listeners.addAll(List.of(listeners));
        MachineLoad.Sample since = MachineLoad.now();
        run.engine.execute(() -> run.prepareOnEngine(source, threads, since));
        return run;
    }

    private void prepareOnEngine(Supplier<RunSource> sourceSupplier, ThreadSetting threadSetting, MachineLoad.Sample since) {
        try {
            ComputeBackend.initialize();
            RunSource source = sourceSupplier.get();
            threads = ThreadGovernor.start(source.model(), threadSetting, since);
            TrainingControls controls = new TrainingControls(source.liveConfig(), source.counters().step(),
                    source.interventions());
            context = new RunContext(source.model(), source.dataset(), source.datasetSize(), source.counters(),
                    source.history(), source.quality(), source.judged(), source.dOutputs(), controls,
                    source.fixedNoise());
            trainer = source.dataset() == null ? null : new Trainer(source.model(), source.dataset(), source.counters());
            snapshots = new SnapshotBuilder(context, source.elapsedSeconds());
            checkpoints = new RunCheckpoints(context, checkpointPolicy);
            snapshots.renderSamples();
            state = RunState.READY;
            publish(snapshots.build(state, null, ""));
            ready.complete(context);
        } catch (RuntimeException | Error e) {
            // Any Throwable (a StackOverflowError too) must complete ready(): a caller waiting on it
            // would otherwise wait forever and the process never exit. A user's mistake is not logged:
            // the caller shows its message (logging it too printed every preparation error twice).
            if (!(e instanceof org.ganworkbench.engine.WorkbenchException)) LOG.error("Could not prepare the run", e);
            state = RunState.FAILED;
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            publish(TrainingSnapshot.status(RunState.FAILED, 0, message));
            ready.completeExceptionally(e);
            finished.complete(latest);
        }
    }

    /** Completes when the run is prepared, or exceptionally with the reason it could not be. */
    public CompletableFuture<RunContext> ready() {
        return ready;
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TrainingListener listener) {
        listeners.remove(listener);
    }

    public RunState state() {
        return state;
    }

    /** The most recent snapshot (any thread). */
    public TrainingSnapshot latest() {
        return latest;
    }

    /** Live knobs; usable once {@link #ready()} has completed. */
    public TrainingControls controls() {
        return ready.join().controls();
    }

    public History history() {
        return ready.join().history();
    }

    /** A conditional run's class names (index = label); empty when unconditional. Once {@link #ready()} has completed. */
    public List<String> classNames() {
        return ready.join().model().classNames();
    }

    /**
     * Conditional runs: which samples to show, from now on and at once (re-rendered between two
     * steps): -1 for one row per class, or a class index for every fixed z with that class.
     */
    public CompletableFuture<Void> showSamplesOf(int classIndex) {
        return ready.thenAcceptAsync(ctx -> {
            snapshots.setSampleClass(classIndex);
            snapshots.renderSamples();
            publish(snapshots.build(state, snapshots.lastMetrics(), ""));
        }, engine);
    }

    // ---------------------------------------------------------------------------- controls

    /** Starts or resumes training; it runs until paused, stopped or {@link #trainUntil} says so. */
    public void start() {
        engine.execute(() -> {
            if ((state == RunState.READY || state == RunState.PAUSED) && !stopRequested) {
                if (trainer == null) {
                    refuseTraining();
                    return;
                }
                state = RunState.RUNNING;
                publish(snapshots.build(state, null, ""));
                trainSteps();
            } else {
                finished.complete(latest); // stopped or failed: nothing to wait for
            }
        });
    }

    /**
     * Trains until {@code steps} steps are completed, then pauses ({@link #pauseAtStep} and
     * {@link #start}). The future completes with the last snapshot: when done, or early when
     * training paused on a problem (see its message) or stopped.
     */
    public CompletableFuture<TrainingSnapshot> trainUntil(long steps) {
        CompletableFuture<TrainingSnapshot> reached = pauseAtStep(steps);
        start();
        return reached;
    }

    /**
     * Makes the run pause by itself once {@code step} steps are completed (a preset's length),
     * whether it is training now or starts later; it replaces an earlier such step. Once it has
     * paused there, {@link #start} continues past it (until a new pause step is set). A step
     * already reached pauses a running run after its current step; {@code Long.MAX_VALUE} never pauses.
     *
     * @return completes with the snapshot it paused at, or earlier with the last one when training
     *         paused on a problem or stopped
     */
    public CompletableFuture<TrainingSnapshot> pauseAtStep(long step) {
        CompletableFuture<TrainingSnapshot> reached = new CompletableFuture<>();
        finished = reached;
        stopAtStep.set(step);
        return reached;
    }

    /** Pauses after the current step. */
    public void pause() {
        pauseRequested = true;
        engine.execute(() -> {
            pauseRequested = false;
            if (state == RunState.RUNNING) {
                state = RunState.PAUSED;
                publish(snapshots.build(state, null, ""));
            }
        });
    }

    /** Pauses (if running) and performs exactly one step of the given kind. */
    public void step(StepKind kind) {
        pause();
        engine.execute(() -> {
            if (state == RunState.READY || state == RunState.PAUSED) {
                if (trainer == null) {
                    refuseTraining();
                    return;
                }
                state = RunState.PAUSED;
                runOneStep(kind, true);
            }
        });
    }

    /** Stops training for good; the model stays available for sampling, exploring and saving. */
    public void stop() {
        stopRequested = true;
        engine.execute(() -> {
            if (state != RunState.FAILED && state != RunState.STOPPED && snapshots != null) {
                state = RunState.STOPPED;
                publish(snapshots.build(state, null, ""));
            }
            finished.complete(latest);
        });
    }

    /**
     * Runs engine work (sampling, rendering, saving) on the run's thread, between two steps.
     * The task must not keep the context beyond its own execution.
     */
    public <T> CompletableFuture<T> submit(Function<RunContext, T> task) {
        return ready.thenApplyAsync(task, engine);
    }

    /** As {@link #submit}, with the checkpoints held now (oldest first); the task must not keep them. */
    public <T> CompletableFuture<T> submitWithCheckpoints(java.util.function.BiFunction<RunContext, List<Checkpoint>, T> task) {
        return ready.thenApplyAsync(ctx -> task.apply(ctx, checkpoints.all()), engine);
    }

    /**
     * Keeps checkpoints made elsewhere (read from this run's session) as if this run had taken them;
     * completes with how many the run holds then.
     */
    public CompletableFuture<Integer> adoptCheckpoints(Function<RunContext, List<Checkpoint>> source) {
        return ready.thenApplyAsync(ctx -> {
            checkpoints.adopt(source.apply(ctx));
            return checkpoints.all().size();
        }, engine);
    }

    /**
     * Asks for a 2D view's extras (D's field, G's push, the manifold) with every rendering of the
     * points from now on, and renders them once at once; null stops them. They cost a few D and G
     * passes per rendering, so only a view that shows them asks.
     */
    public void showToyFrames(ToyFrameRenderer renderer) {
        ready.thenRunAsync(() -> {
            snapshots.setToyRenderer(renderer);
            if (renderer != null && !context.model().shape().isImage()) {
                snapshots.renderSamples();
                publish(snapshots.build(state, null, ""));
            }
        }, engine);
    }

    /**
     * Measures the samples with {@code probe} whenever the training loop renders them, from now on
     * (e.g. the judge: {@code engine.judge.LiveJudge}). It runs on the engine thread between steps;
     * a probe that fails is logged and training goes on.
     */
    public void addSampleProbe(SampleProbe probe) {
        probes.add(probe);
    }

    /** Stops the run and ends its thread; pending tasks are dropped. */
    @Override
    public void close() {
        probes.forEach(SampleProbe::runClosed);
        stop();
        engine.execute(() -> {
            if (checkpoints != null) checkpoints.close();
        });
        EngineThread.shutDown(engine);
    }

    // ---------------------------------------------------------------------------- checkpoints

    /** How often checkpoints are taken and the memory they may hold; applies from the next step (and thins at once). */
    public void setCheckpointPolicy(CheckpointPolicy policy) {
        checkpointPolicy = policy;
        engine.execute(() -> {
            if (checkpoints != null) checkpoints.setPolicy(policy);
        });
    }

    /** The checkpoints held now (any thread); empty until the run is prepared. */
    public CheckpointTimeline checkpoints() {
        RunCheckpoints c = checkpoints;
        return c == null ? CheckpointTimeline.EMPTY : c.timeline();
    }

    /**
     * Pauses and puts the run back exactly as it was at a checkpoint (see {@link RunCheckpoints#rewind}).
     * Completes with the snapshot at that step, or exceptionally when the checkpoint is no longer kept.
     */
    public CompletableFuture<TrainingSnapshot> rewindTo(long checkpointId) {
        return rewind(() -> checkpoints.rewind(checkpointId));
    }

    /** As {@link #rewindTo}, to the newest checkpoint at {@code step}. */
    public CompletableFuture<TrainingSnapshot> rewindToStep(long step) {
        return rewind(() -> checkpoints.rewind(checkpoints.atStep(step).orElseThrow(() -> new java.util.NoSuchElementException(
                "there is no checkpoint at step " + step + describeSteps())).id()));
    }

    /**
     * Starts a branch: a new run that begins exactly where this one stood at a checkpoint (or now,
     * for a negative id), with the same networks, counters, history and live config. Change its
     * knobs through its own {@link #controls()} once ready; unchanged, it repeats this run bit for bit.
     */
    public TrainingRun branch(long checkpointId, TrainingListener... listeners) {
        CompletableFuture<BranchSeed> seed = submit(ctx -> {
            if (checkpointId >= 0) {
                Checkpoint c = checkpoints.find(checkpointId).orElseThrow(() -> new java.util.NoSuchElementException(
                        "checkpoint " + checkpointId + " is no longer kept" + describeSteps()));
                return BranchSeed.of(ctx, c);
            }
            Checkpoint now = checkpoints.current(snapshots.elapsedSeconds());
            try {
                return BranchSeed.of(ctx, now);
            } finally {
                now.release();
            }
        });
        TrainingRun branch = prepare(() -> seed.join().toSource(), threadSetting, listeners);
        branch.setCheckpointPolicy(checkpointPolicy);
        return branch;
    }

    /**
     * Makes two runs (a run and its branch) train one step at a time by turns, each at about half
     * speed, instead of competing for the cores mid-step. Either may still pause or stop alone.
     *
     * <p>By turns rather than on two threads at once, on purpose (docs/performance.md, "A and B: by
     * turns"): the two stay within a step of each other, so the side-by-side grids and curves compare
     * the same step, and each step keeps the native threads the app chose for it. At once, the two
     * runs' native thread teams share the cores with the window and with each other; on this 2-core
     * machine, shared with other builds, the measured gain of running at once (digits-mlp, 300
     * steps each: 26.1 against 21.5 steps/s with 1 native thread each, 21.8 against 19.4 with 2)
     * was smaller than the noise between repeated measurements (one run alone: 12.9 and 17.8
     * steps/s; a pair by turns cannot beat one run alone, yet measured faster than it). Two threads would pay on 4 or more cores, where
     * each run could keep cores of its own; that is not built.
     */
    public static void alternate(TrainingRun a, TrainingRun b) {
        java.util.concurrent.locks.ReentrantLock shared = new java.util.concurrent.locks.ReentrantLock(true);
        a.turns = shared;
        b.turns = shared;
    }

    /** Ends {@link #alternate}: this run trains at full speed again (its partner too, if it is stopped). */
    public void trainAlone() {
        turns = null;
    }

    /**
     * Times {@code n} checkpoint captures of the run as it stands (each taken and freed at once), in
     * milliseconds; for the checkpoint benchmark ({@code engine.bench}), between two steps.
     */
    public CompletableFuture<double[]> timeCaptures(int n) {
        return ready.thenApplyAsync(ctx -> {
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                Checkpoint c = checkpoints.current(snapshots.elapsedSeconds());
                ms[i] = (System.nanoTime() - t0) / 1e6;
                c.release();
            }
            return ms;
        }, engine);
    }

    /** Times the run was rewound: a view that keeps an index into its records starts over when it changes. */
    public int rewinds() {
        return rewinds;
    }

    private String describeSteps() {
        List<Checkpoint> all = checkpoints.all();
        if (all.isEmpty()) return "; the run holds no checkpoints";
        return "; the run holds checkpoints at steps " + String.join(", ",
                all.stream().map(c -> Long.toString(c.step())).distinct().toList());
    }

    private CompletableFuture<TrainingSnapshot> rewind(Supplier<Checkpoint> restore) {
        pause();
        return ready.thenApplyAsync(ctx -> {
            if (state == RunState.FAILED || state == RunState.STOPPED) {
                throw new IllegalStateException("a stopped run cannot be rewound; open its session to go on from a checkpoint");
            }
            Checkpoint c = restore.get();
            rewinds++;
            if (trainer != null) trainer = new Trainer(ctx.model(), ctx.dataset(), ctx.counters());
            snapshots.rewound(c.elapsedSeconds());
            snapshots.renderSamples();
            state = state == RunState.READY ? RunState.READY : RunState.PAUSED;
            publish(snapshots.build(state, null, ""));
            return latest;
        }, engine);
    }

    // ---------------------------------------------------------------------------- engine thread

    /** Steps until paused or stopped; yields to other queued engine work between steps. */
    private void trainSteps() {
        while (state == RunState.RUNNING && !pauseRequested && !stopRequested) {
            long target = stopAtStep.get();
            if (context.counters().step() >= target) {
                state = RunState.PAUSED; // reached the target: paused, so more steps can follow
                stopAtStep.compareAndSet(target, Long.MAX_VALUE); // and Start goes on from here (unless a new target came)
                publish(snapshots.build(state, null, ""));
                finished.complete(latest);
                return;
            }
            runOneStep(StepKind.FULL, false);
            if (!engine.getQueue().isEmpty() && state == RunState.RUNNING) {
                engine.execute(this::trainSteps); // let a queued task (pause, render, save) in, then go on
                return;
            }
        }
    }

    /** @param manual a step button's step: its samples are always rendered, so the class sees what it did */
    private void runOneStep(StepKind kind, boolean manual) {
        StepMetrics metrics;
        int stepThreads = threads.beforeStep(context.counters().step());
        try {
            java.util.concurrent.locks.ReentrantLock turn = turns;
            if (turn != null) turn.lock();
            try {
                if (context.controls().takeGrowthRequest() && trainer.canGrow()) {
                    checkpoints.beforeGrowth(snapshots.elapsedSeconds());
                    trainer.requestGrowth();
                }
                // the checkpoint (when one is due) counts as training time: the speed shown includes its cost
                metrics = snapshots.timed(() -> trainer.step(kind, checkpoints.beforeStep(snapshots.elapsedSeconds())));
            } finally {
                if (turn != null) turn.unlock();
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("Training step failed", e);
            state = RunState.PAUSED;
            publish(snapshots.build(state, null, "Training paused: the step failed (" + e
                    + "). The networks are as they were after the last completed step; save the session."));
            finished.complete(latest);
            return;
        }
        if (!metrics.ok()) {
            state = RunState.PAUSED;
            publish(snapshots.build(state, metrics, "Training paused. " + metrics.problem()));
            finished.complete(latest);
            return;
        }
        long step = context.counters().step();
        context.controls().stepCompleted(step);
        snapshots.record(metrics, stepThreads);
        Trainer.DiscriminatorScores scores = trainer.lastScores();
        if (scores != null) context.dOutputs().add(step, scores.real(), scores.fake());
        if (manual) {
            snapshots.renderSamples(kind);
        } else if (step % context.controls().current().training().sampleEvery() == 0) {
            snapshots.renderSamples();
            runProbes();
        }
        publish(snapshots.build(state, metrics, ""));
    }

    private void runProbes() {
        for (SampleProbe probe : probes) {
            try {
                probe.samplesRendered(context);
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.warn("A sample probe failed; training goes on", e);
            }
        }
    }

    private void refuseTraining() {
        publish(snapshots.build(state, null, "This run's dataset (" + context.model().config().data().dataset()
                + ") is not available here, so it cannot train further. You can still sample, explore and export it."));
        finished.complete(latest);
    }

    private void publish(TrainingSnapshot snapshot) {
        latest = snapshot;
        for (TrainingListener l : listeners) {
            try {
                l.onSnapshot(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("A training listener failed; training goes on", e);
            }
        }
    }
}
