package org.ganworkbench.engine;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one thread a job (a training run, a style transfer) does all its native work on: ND4J's
 * per-thread settings (the OpenMP team) hold there, and work queued from other threads runs between
 * the job's steps (the job reads {@code getQueue()} to yield to it).
 */
public final class EngineThread {

    private EngineThread() {
    }

    /** A single daemon thread named {@code prefix-N}, N counted by {@code numbers}. */
    public static ThreadPoolExecutor start(String prefix, AtomicInteger numbers) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, prefix + "-" + numbers.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Lets queued work finish (up to 30 s), then stops the thread. */
    public static void shutDown(ThreadPoolExecutor engine) {
        engine.shutdown();
        try {
            if (!engine.awaitTermination(30, TimeUnit.SECONDS)) engine.shutdownNow();
        } catch (InterruptedException e) {
            engine.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
