package org.ganworkbench.ui.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.engine.train.QualityHistory;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.engine.train.TrainingControls;
import org.ganworkbench.engine.train.TrainingRun;

/**
 * The window's one training run: starts, opens, drives, saves and discards it, and turns its
 * snapshots into properties on the FX thread at most 10 times a second ({@link #pulse}). Every
 * engine call here either returns at once (the run's controls queue work on its engine thread) or
 * runs through the {@link TaskRunner}; the FX thread never waits for the engine.
 *
 * <p>FX thread only, except where a method says otherwise.
 */
public final class RunViewModel {


    /**
     * Snapshots applied per second, at most (DESIGN.md: up to ~20). Every applied snapshot repaints
     * tiles, charts and labels in one frame; at 10 a second the window costs the software renderer
     * about half what 20 did, and numbers and curves still move smoothly.
     */
    public static final double MAX_UPDATES_PER_SECOND = 10;

    private final TaskRunner tasks;
    private final Notices notices;
    private final UiThrottle throttle = new UiThrottle(MAX_UPDATES_PER_SECOND);
    private final List<Runnable> pulseListeners = new ArrayList<>();

    private ActiveRun active;
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>();
    private final BooleanProperty trainable = new SimpleBooleanProperty(true);
    private final LongProperty step = new SimpleLongProperty();
    private final LongProperty savedStep = new SimpleLongProperty(-1);
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<GanConfig> liveConfig = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> classNames = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty runNumber = new SimpleIntegerProperty();
    private final StringProperty runName = new SimpleStringProperty("");
    private final BooleanProperty opening = new SimpleBooleanProperty();
    private final BooleanBinding hasRun = state.isNotNull();
    private final BooleanBinding unsaved = Bindings.createBooleanBinding(
            () -> hasRun.get() && step.get() > savedStep.get(), hasRun, step, savedStep);
    private String lastMessage = "";
    private SpeedReport speedReport;
    /** Set on the engine thread when a run paused at its preset's length; read by the next drain. */
    private volatile long lengthReached;
    /** When Start (or a step button) created the current fresh run, until its first step shows; 0 otherwise. */
    private long startPressedNanos;
    private boolean firstSamplesLogged;

    public RunViewModel(TaskRunner tasks, Notices notices) {
        this.tasks = tasks;
        this.notices = notices;
    }

    // ------------------------------------------------------------------ starting and opening

    /**
     * Prepares a fresh run of {@code config} and starts it at once (one click from the editor to live
     * samples). With {@code pauseAtStep > 0} it pauses when that many steps are done (a preset's
     * length: where its lesson has made its point) and offers to train on.
     */
    public void startFresh(GanConfig config, String name, long pauseAtStep) {
        TrainingRun run = createFresh(config, name);
        if (pauseAtStep > 0) {
            run.trainUntil(pauseAtStep).thenAccept(last -> {
                if (last.step() >= pauseAtStep) lengthReached = last.step();
            });
        } else {
            run.start();
        }
        watchPreparation(run);
    }

    /**
     * Like {@link #startFresh} with a pause at {@code steps}, and then reports the speed, wall clock
     * against step time ({@code --autostart --steps N}: the window's cost compared with headless).
     */
    public void startMeasured(GanConfig config, String name, long steps) {
        TrainingRun run = createFresh(config, name);
        speedReport = SpeedReport.attach(run, steps);
        watchPreparation(run);
    }

    /**
     * Prepares a fresh run and takes one step of it (the step buttons before any run exists): its
     * engine thread runs the step once preparing is done.
     */
    public void stepFresh(GanConfig config, String name, StepKind kind) {
        TrainingRun run = createFresh(config, name);
        run.step(kind);
        watchPreparation(run);
    }

    private TrainingRun createFresh(GanConfig config, String name) {
        if (active != null) throw new IllegalStateException("a run is already open; reset it first");
        notices.actionTaken();
        startPressedNanos = System.nanoTime();
        firstSamplesLogged = false;
        SnapshotMailbox mailbox = new SnapshotMailbox();
        TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config), mailbox);
        install(new ActiveRun(run, mailbox, name), RunState.PREPARING, config, 0);
        return run;
    }

    /** Reports a failed preparation and goes back to editing; the settings stay as they were. */
    private void watchPreparation(TrainingRun run) {
        tasks.run("Preparing " + runName.get(), p -> awaitReady(run), ignored -> { }, failure -> {
            if (active == null || active.run != run) return;
            notices.error("Could not start the run: " + Notices.describe(failure));
            discard();
        });
    }

    /**
     * Opens a saved session beside the current run; only when it has loaded does it replace the
     * current one, so a bad file leaves everything as it was.
     */
    public void open(Path file) {
        open(file, () -> { });
    }

    /** As {@link #open(Path)}, then runs {@code onOpened} on the FX thread once the session is the current run. */
    public void open(Path file, Runnable onOpened) {
        open(file, null, onOpened, message -> { });
    }

    /**
     * Opens branch {@code branch} of a session (null: the branch it opens on) with the checkpoints it
     * holds, so the timeline can rewind it again. Only once it has loaded does it replace the current
     * run: a bad file leaves the current run training, and {@code onFailed} gets the one-line message
     * the notice shows too (the window puts it in a dialog).
     */
    public void open(Path file, String branch, Runnable onOpened, java.util.function.Consumer<String> onFailed) {
        SnapshotMailbox mailbox = new SnapshotMailbox();
        List<String> warnings = new CopyOnWriteArrayList<>();
        TrainingRun run = TrainingRun.prepare(() -> branch == null ? SessionFiles.load(file, warnings::add)
                : SessionBranches.load(file, branch, warnings::add), mailbox);
        String name = file.getFileName() + (branch == null ? "" : ", branch " + branch);
        ActiveRun opened = new ActiveRun(run, mailbox, name);
        opening.set(true);
        tasks.run("Opening " + name, p -> {
            awaitReady(run);
            try {
                SessionBranches.loadCheckpoints(run, file, branch).get();
            } catch (java.util.concurrent.ExecutionException damaged) {
                // the run itself is whole: it opens without its checkpoints, and says so
                warnings.add("Its checkpoints were not read: " + Notices.describe(damaged.getCause()));
            }
            return run.submit(ctx -> ctx.dataset() != null).get();
        }, canTrain -> {
            opening.set(false);
            if (active != null) discard();
            TrainingSnapshot first = run.latest();
            install(opened, first.state(), opened.controls().current(), first.step());
            trainable.set(canTrain);
            int kept = run.checkpoints().marks().size();
            if (!warnings.isEmpty()) notices.warning(String.join(" ", warnings));
            else notices.info("Opened " + name + " at step " + first.step()
                    + (kept > 0 ? " with " + kept + " checkpoints to rewind to." : "."));
            onOpened.run();
        }, failure -> {
            opening.set(false);
            closeInBackground(run);
            String message = "Could not open " + file.getFileName() + ": " + Notices.describe(failure);
            notices.error(message);
            onFailed.accept(message);
        });
    }

    /**
     * Makes a prepared run the window's run (a branch the teacher keeps); the current one is discarded.
     * The branch's steps are unsaved until saved.
     */
    public void adopt(TrainingRun run, String name) {
        SnapshotMailbox mailbox = new SnapshotMailbox();
        run.addListener(mailbox);
        ActiveRun kept = new ActiveRun(run, mailbox, name);
        if (active != null) discard();
        TrainingSnapshot now = run.latest();
        install(kept, now.state(), run.controls().current(), -1);
        step.set(now.step());
        mailbox.onSnapshot(now);
        drain();
    }

    private static Void awaitReady(TrainingRun run) throws Exception {
        try {
            run.ready().get();
            return null;
        } catch (InterruptedException e) {
            closeQuietly(run);
            throw new CancellationException("cancelled");
        }
    }

    private void install(ActiveRun run, RunState initial, GanConfig config, long saved) {
        active = run;
        lastMessage = "";
        runName.set(run.name);
        trainable.set(true);
        savedStep.set(saved);
        step.set(Math.max(0, saved));
        snapshot.set(null);
        runNumber.set(runNumber.get() + 1);
        state.set(initial);
        liveConfig.set(config);
        classNames.set(List.of());
    }

    /** Discards the current run (its thread ends in the background); the window goes back to editing. */
    public void discard() {
        if (active == null) return;
        ActiveRun old = active;
        active = null;
        speedReport = null;
        lengthReached = 0;
        state.set(null);
        snapshot.set(null);
        liveConfig.set(null);
        step.set(0);
        savedStep.set(-1);
        trainable.set(true);
        classNames.set(List.of());
        runNumber.set(runNumber.get() + 1);
        closeInBackground(old.run);
    }

    private void closeInBackground(TrainingRun run) {
        tasks.run("Closing a run", p -> {
            closeQuietly(run);
            return null;
        }, ignored -> { }, failure -> { });
    }

    /**
     * Stops the run and lets its engine thread finish the step in hand before closing it: closing a
     * run mid-training can make its training loop requeue itself on an executor already shut down.
     */
    private static void closeQuietly(TrainingRun run) {
        try {
            run.stop();
            run.submit(ctx -> null).get(30, TimeUnit.SECONDS);
        } catch (Exception notPrepared) {
            // a run that failed or never got ready has no training loop to wait for
        }
        try {
            run.close();
        } catch (RuntimeException ignored) {
            // closing is best effort: the thread is a daemon and goes with the app
        }
    }

    // ------------------------------------------------------------------ driving

    public void resume() {
        if (active == null) return;
        notices.actionTaken();
        active.run.start();
    }

    public void pause() {
        if (active != null) active.run.pause();
    }

    /** Space: start a ready run, pause a running one, resume a paused one. */
    public void togglePause() {
        if (state.get() == RunState.RUNNING) pause();
        else if (state.get() == RunState.READY || state.get() == RunState.PAUSED) resume();
    }

    public void step(StepKind kind) {
        if (active == null) return;
        notices.actionTaken();
        active.run.step(kind);
    }

    public void stop() {
        if (active != null) active.run.stop();
    }

    /**
     * Turns a live knob of the running model; it applies at the next step.
     *
     * @return false (with a notice) when the value is refused
     */
    public boolean setLive(ConfigField field, Object value) {
        TrainingControls controls = controls();
        if (controls == null) return false;
        try {
            controls.set(field, value);
            liveConfig.set(controls.current());
            return true;
        } catch (IllegalArgumentException e) {
            notices.error(e.getMessage());
            return false;
        }
    }

    /**
     * Conditional runs: the samples to show from now on, -1 for one row per class or a class index;
     * the engine re-renders them between two steps and the next snapshot carries them.
     */
    public void showSamplesOf(int classIndex) {
        TrainingRun run = engineRun();
        if (run != null) run.showSamplesOf(classIndex);
    }

    /** Saves the run between two steps; training goes on meanwhile. */
    public void save(Path file, Runnable onSaved) {
        if (active == null) return;
        TrainingRun run = active.run;
        long before = run.latest().step();
        tasks.run("Saving " + file.getFileName(), p -> SessionFiles.save(run, file).get(), saved -> {
            if (active != null && active.run == run) savedStep.set(before);
            notices.info("Saved " + file + " (step " + before + ").");
            onSaved.run();
        }, failure -> notices.error("Could not save " + file.getFileName() + ": " + Notices.describe(failure)));
    }

    /**
     * As {@link #save}, with the checkpoints the run holds (so that it can be rewound after it is
     * opened again); the file grows by one copy of both networks and their optimizers per checkpoint.
     */
    public void saveWithCheckpoints(Path file, Runnable onSaved) {
        if (active == null) return;
        TrainingRun run = active.run;
        long before = run.latest().step();
        int held = run.checkpoints().marks().size();
        tasks.run("Saving " + file.getFileName(), p -> SessionFiles.saveWithCheckpoints(run, file).get(), saved -> {
            if (active != null && active.run == run) savedStep.set(before);
            notices.info("Saved " + file + " (step " + before + ") with " + held + " checkpoints.");
            onSaved.run();
        }, failure -> notices.error("Could not save " + file.getFileName() + ": " + Notices.describe(failure)));
    }

    /**
     * Puts the run back as it was at a checkpoint (it pauses first); the charts cut back to that step
     * and later knob changes stay on them, greyed.
     */
    public void rewindTo(org.ganworkbench.engine.train.CheckpointMark mark) {
        if (active == null) return;
        TrainingRun run = active.run;
        notices.actionTaken();
        long started = System.nanoTime();
        tasks.run("Rewinding to step " + mark.step(), p -> run.rewindTo(mark.id()).get(), shown -> {
            drain();
            notices.info(String.format(java.util.Locale.ROOT, "Rewound to step %,d in %.0f ms. Later knob changes stay on the"
                    + " charts, greyed; Resume (F6) trains on from here.", mark.step(), (System.nanoTime() - started) / 1e6));
        }, failure -> notices.error("Could not rewind: " + Notices.describe(failure)));
    }

    // ------------------------------------------------------------------ the FX side of the mailbox

    /** Called every frame; applies the newest snapshot at most {@link #MAX_UPDATES_PER_SECOND} times a second. */
    public void pulse(long nowNanos) {
        if (!throttle.due(nowNanos)) return;
        notices.expire(nowNanos);
        drain();
        for (Runnable listener : pulseListeners) listener.run();
    }

    /** Applies the newest snapshot now (tests and the final frame of a run). */
    public void drain() {
        if (active == null) return;
        String speed = speedReport == null ? null : speedReport.poll();
        if (speed != null) notices.info(speed);
        long reached = lengthReached;
        if (reached > 0) {
            lengthReached = 0;
            notices.post(Notice.info(String.format("Paused at step %,d, the end of this preset: its point is made. "
                    + "Resume (F6) trains on.", reached)).withAction("Train on \u25B8", this::resume));
        }
        TrainingControls controls = active.controls();
        if (controls != null && controls.current() != liveConfig.get()) liveConfig.set(controls.current());
        if (active.classNames() != classNames.get()) classNames.set(active.classNames());
        TrainingSnapshot s = active.mailbox.poll();
        if (s == null) return;
        snapshot.set(s);
        step.set(s.step());
        if (startPressedNanos != 0) logFirstFrames(s);
        if (s.state() != RunState.FAILED) state.set(s.state());
        if (!s.message().isEmpty() && !s.message().equals(lastMessage) && s.state() != RunState.FAILED) {
            notices.warning(s.message());
        }
        lastMessage = s.message();
    }

    /**
     * Start-up milestones of a fresh run, counted from Start: its first samples on screen (G's
     * output at step 0, before any training) and its first trained step.
     */
    private void logFirstFrames(TrainingSnapshot s) {
        long since = System.nanoTime() - startPressedNanos;
        if (!firstSamplesLogged && s.hasSamples()) {
            StartupLog.afterStart("first samples shown", since);
            firstSamplesLogged = true;
        }
        if (s.step() > 0) {
            StartupLog.afterStart("first step shown", since);
            startPressedNanos = 0;
        }
    }

    /** Runs after every applied pulse, e.g. for charts that read the history themselves. */
    public void addPulseListener(Runnable listener) {
        pulseListeners.add(listener);
    }

    // ------------------------------------------------------------------ reading

    /** The run's full history once prepared, else null. */
    public History history() {
        return active == null ? null : active.history();
    }

    /** The run's sample-quality measurements (2D data) once prepared, else null. */
    public QualityHistory quality() {
        return active == null ? null : active.quality();
    }

    /** The run's live knobs once prepared, else null. */
    public TrainingControls controls() {
        return active == null ? null : active.controls();
    }

    public List<Intervention> interventions() {
        TrainingControls c = controls();
        return c == null ? List.of() : c.interventions();
    }

    /**
     * The run the window holds, ready or still preparing; null when none. For settings that queue on
     * its thread before it trains (the checkpoint policy), not for reading its state.
     */
    public TrainingRun currentRun() {
        return active == null ? null : active.run;
    }

    /** The engine run itself, for view models that submit engine work (exports); null when none. */
    public TrainingRun engineRun() {
        return active == null || !active.run.ready().isDone() ? null : active.run;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() { return state; }
    public RunState state() { return state.get(); }
    public BooleanBinding hasRunProperty() { return hasRun; }
    public boolean hasRun() { return hasRun.get(); }
    public ReadOnlyBooleanProperty trainableProperty() { return trainable; }
    public ReadOnlyLongProperty stepProperty() { return step; }
    public long step() { return step.get(); }
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() { return snapshot; }
    public TrainingSnapshot snapshot() { return snapshot.get(); }
    public ReadOnlyObjectProperty<GanConfig> liveConfigProperty() { return liveConfig; }
    /** A conditional run's class names (index = label) once prepared; empty otherwise. */
    public ReadOnlyObjectProperty<List<String>> classNamesProperty() { return classNames; }
    public GanConfig liveConfig() { return liveConfig.get(); }
    /** Changes whenever a run is installed or discarded: views that hold per-run state reset on it. */
    public ReadOnlyIntegerProperty runNumberProperty() { return runNumber; }
    public ReadOnlyStringProperty runNameProperty() { return runName; }
    public ReadOnlyBooleanProperty openingProperty() { return opening; }

    /** True when steps were trained since the run was last saved (or opened). */
    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    public boolean unsaved() {
        return unsaved.get();
    }
}
