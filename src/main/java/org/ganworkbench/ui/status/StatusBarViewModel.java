package org.ganworkbench.ui.status;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.BackendInfo;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.event.MemoryUse;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.StartupLog;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.run.UiThrottle;

/**
 * The status bar: what the run is doing, which backend trains it (loaded in the background at
 * start-up, since the first call into ND4J takes seconds), and memory, refreshed once a second.
 */
public final class StatusBarViewModel {

    private final StringProperty runStatus = new SimpleStringProperty("No run: pick a preset and press Start.");
    private final StringProperty backend = new SimpleStringProperty("Loading ND4J...");
    private final StringProperty memory = new SimpleStringProperty("");
    private final UiThrottle memoryThrottle = new UiThrottle(1);
    private final RunViewModel run;
    private final TaskRunner tasks;
    private final Notices notices;
    private volatile boolean ndLoaded;

    public StatusBarViewModel(RunViewModel run, TaskRunner tasks, Notices notices) {
        this.run = run;
        this.tasks = tasks;
        this.notices = notices;
        run.stateProperty().addListener((obs, old, now) -> {
            updateRunStatus();
            if (old == null || old == RunState.PREPARING) loadBackend(); // threads are set per model when a run is prepared
        });
        run.stepProperty().addListener((obs, old, now) -> updateRunStatus());
        run.addPulseListener(() -> {
            if (memoryThrottle.due(System.nanoTime())) updateMemory();
        });
    }

    /** Loads ND4J in the background (seconds on first use) and shows what it runs on. */
    public void loadBackend() {
        tasks.run("Loading ND4J", p -> ComputeBackend.info(), this::showBackend,
                failure -> {
                    backend.set("ND4J did not load");
                    notices.error("ND4J could not start: " + Notices.describe(failure)
                            + ". Training is not possible on this machine as installed.");
                });
    }

    private void showBackend(BackendInfo info) {
        boolean first = !ndLoaded;
        ndLoaded = true;
        if (first) StartupLog.sinceJvmStart("ND4J loaded");
        backend.set((info.isGpu() ? "GPU " : "") + info.summary());
        if (first && !info.note().isEmpty()) notices.warning(info.note());
        updateMemory();
    }

    private void updateRunStatus() {
        RunState s = run.state();
        String name = run.runNameProperty().get();
        runStatus.set(s == null ? "No run: pick a preset and press Start."
                : String.format(Locale.ROOT, "%s \u00b7 %s \u00b7 step %,d", name, words(s), run.step()));
    }

    private static String words(RunState s) {
        return switch (s) {
            case PREPARING -> "preparing (building data and networks)";
            case READY -> "ready";
            case RUNNING -> "training";
            case PAUSED -> "paused";
            case STOPPED -> "stopped";
            case FAILED -> "failed";
        };
    }

    void updateMemory() {
        MemoryUse m = MemoryUse.now(ndLoaded);
        memory.set(String.format(Locale.ROOT, "heap %,d / %,d MB", m.heapUsed() >> 20, m.heapMax() >> 20)
                + (m.processBytes() >= 0 ? String.format(Locale.ROOT, " \u00b7 process %,d MB", m.processBytes() >> 20) : ""));
    }

    public ReadOnlyStringProperty runStatusProperty() { return runStatus; }
    public ReadOnlyStringProperty backendProperty() { return backend; }
    public ReadOnlyStringProperty memoryProperty() { return memory; }
}
