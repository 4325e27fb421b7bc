package org.ganworkbench.engine.data.download;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets another thread (a Cancel button, Ctrl-C) stop a download. Cancelling also aborts the
 * connection in use, so a read blocked on a slow server returns at once instead of at its timeout.
 */
public final class Cancellation {

    private volatile boolean cancelled;
    private final AtomicReference<Runnable> abort = new AtomicReference<>();

    public void cancel() {
        cancelled = true;
        Runnable a = abort.get();
        if (a != null) a.run();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** What to run on cancel while a connection is open; null when none is. */
    void onCancel(Runnable action) {
        abort.set(action);
        if (cancelled && action != null) action.run();
    }
}
