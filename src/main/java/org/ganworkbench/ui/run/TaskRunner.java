package org.ganworkbench.ui.run;

import java.util.function.Consumer;

/**
 * Runs slow work (preparing a run, saving, exporting, loading a dataset) off the FX thread and
 * reports back on it. View models depend on this interface, so plain JUnit tests can run the work
 * synchronously; the app uses {@link FxTaskRunner}, which wraps each job in a
 * {@link javafx.concurrent.Task} for standard progress and cancellation.
 */
public interface TaskRunner {

    /** Work that may report progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a job may tell the window while it runs. */
    interface Progress {
        void update(long done, long total);

        void message(String text);

        boolean cancelled();
    }

    /** A job's callbacks run on the FX thread (or the test's thread). */
    <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * The same, for work that can be cancelled from outside (the status bar's Cancel button):
     * {@code onCancelled} runs instead of the other two callbacks, at once, while the work may still be
     * winding down; it should make the work stop (e.g. abort its connection). Runners without
     * outside cancellation never call it.
     */
    default <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                         Runnable onCancelled) {
        run(title, work, onSuccess, onFailure);
    }
}
