package org.ganworkbench.ui.datasets;

import java.util.Queue;
import java.util.function.Consumer;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.ganworkbench.ui.run.TaskRunner;

/**
 * Runs each job on its own thread and queues its callbacks for the test to run, as the FX thread
 * would: work and callbacks are on different threads, as in the app.
 */
public final class ThreadedTaskRunner implements TaskRunner {

    private final Queue<Runnable> fx;

    public ThreadedTaskRunner(Queue<Runnable> fx) {
        this.fx = fx;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Thread t = new Thread(() -> {
            try {
                T result = work.run(DirectTaskRunner.NO_PROGRESS);
                fx.add(() -> onSuccess.accept(result));
            } catch (Exception e) {
                fx.add(() -> onFailure.accept(e));
            }
        }, "test-task");
        t.setDaemon(true);
        t.start();
    }
}
