package org.ganworkbench.ui.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs jobs as {@link Task}s on two daemon threads (one long job, e.g. a GIF export, must not hold
 * up a dataset preview). The most recent job that is still running is exposed for the status bar,
 * which shows its title, progress and a cancel button.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "ui-background");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>();

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(title, work, onSuccess, onFailure, () -> { });
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                        Runnable onCancelled) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finished(task);
            onCancelled.run();
        });
        current.set(task);
        executor.execute(task);
    }

    private void finished(Task<?> task) {
        if (current.get() == task) current.set(null);
    }

    /** The latest job still running, or null. FX thread. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current;
    }

    public boolean busy() {
        Task<?> t = current.get();
        return t != null && t.getState() == Worker.State.RUNNING;
    }
}
