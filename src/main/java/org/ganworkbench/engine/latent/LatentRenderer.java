package org.ganworkbench.engine.latent;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.RunSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One thread that owns a copy of a generator and renders for the latent explorer, latest wins.
 *
 * <p>The copy is built from {@link GeneratorWeights} (plain arrays taken on the run's engine thread)
 * or from a session file, so rendering never touches the training run's ND4J arrays and never
 * waits for a training step. Requests carry a key ("slider", "strip", ...): a request replaces a
 * still-waiting one with the same key, whose future then fails with {@link Superseded}, so dragging
 * a slider never queues up frames. Requests with different keys run in the order they came.
 */
public final class LatentRenderer implements AutoCloseable {

    /** Work on the owned model; runs on the renderer's thread. */
    @FunctionalInterface
    public interface Job<T> {
        T run(LatentModel model);
    }

    /** The fate of a request a newer one with the same key replaced before it ran. */
    public static final class Superseded extends CancellationException {
        private static final long serialVersionUID = 1L;

        Superseded(String key) {
            super("superseded by a newer '" + key + "' request");
        }
    }

    private static final String LOAD = "load";
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final Object lock = new Object();
    private final Map<String, Pending<?>> pending = new LinkedHashMap<>();
    private final AtomicInteger superseded = new AtomicInteger();
    private final Thread thread;
    private boolean closed;
    private LatentModel model; // renderer thread only

    private record Pending<T>(String key, Supplier<T> work, CompletableFuture<T> future) {
        void run() {
            if (future.isDone()) return;
            try {
                future.complete(work.get());
            } catch (RuntimeException | OutOfMemoryError e) {
                future.completeExceptionally(e);
            }
        }
    }

    public LatentRenderer() {
        thread = new Thread(this::loop, "latent-render-" + NUMBER.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** Replaces the owned generator with a copy of these weights (reusing the networks when the architecture matches). */
    public CompletableFuture<LatentModel.Info> load(GeneratorWeights weights) {
        return enqueue(LOAD, () -> install(weights));
    }

    /** Replaces the owned generator with the one saved in a session file. */
    public CompletableFuture<LatentModel.Info> open(Path session, Consumer<String> warnings) {
        return open(session, null, warnings);
    }

    /**
     * Replaces the owned generator with branch {@code branch} of a session file (null: the branch
     * the session opens on); the model is named "file.gwb, branch B" then.
     */
    public CompletableFuture<LatentModel.Info> open(Path session, String branch, Consumer<String> warnings) {
        return enqueue(LOAD, () -> {
            ComputeBackend.initialize();
            RunSource source = branch == null
                    ? SessionFiles.load(session, warnings, org.ganworkbench.engine.session.SessionData.NONE)
                    : org.ganworkbench.engine.session.SessionBranches.load(session, branch, warnings,
                            org.ganworkbench.engine.session.SessionData.NONE);
            String name = session.getFileName().toString() + (branch == null ? "" : ", branch " + branch);
            model = new LatentModel(source.model(), source.fixedNoise(), source.counters().step(), name);
            return model.info();
        });
    }

    /** Runs {@code job} on the owned model, unless a newer request with the same key replaces it first. */
    public <T> CompletableFuture<T> request(String key, Job<T> job) {
        if (LOAD.equals(key)) throw new IllegalArgumentException("'" + LOAD + "' is reserved for load()");
        return enqueue(key, () -> {
            if (model == null) throw new IllegalStateException("no generator is loaded yet");
            return job.run(model);
        });
    }

    /** Requests replaced before they ran, since this renderer started. */
    public int supersededCount() {
        return superseded.get();
    }

    private <T> CompletableFuture<T> enqueue(String key, Supplier<T> work) {
        Pending<T> p = new Pending<>(key, work, new CompletableFuture<>());
        Pending<?> old;
        synchronized (lock) {
            if (closed) throw new IllegalStateException("the renderer is closed");
            old = pending.remove(key);
            pending.put(key, p);
            lock.notifyAll();
        }
        if (old != null) {
            superseded.incrementAndGet();
            old.future().completeExceptionally(new Superseded(key));
        }
        return p.future();
    }

    private LatentModel.Info install(GeneratorWeights w) {
        ComputeBackend.initialize();
        GanModel current = model == null ? null : model.ganModel();
        GanModel target = current != null && current.config().equals(w.config()) && current.shape().equals(w.shape())
                && current.classNames().equals(w.classNames()) ? current : GanModel.create(w.config(), w.shape(), w.classNames());
        INDArray params = target.generator().params();
        if (params.length() != w.params().length) {
            throw new IllegalArgumentException("the weights have " + w.params().length + " numbers, G has " + params.length());
        }
        params.assign(Nd4j.create(w.params(), params.shape(), 'c'));
        target.growth().ifPresent(g -> g.set(Math.min(w.stage(), g.stages() - 1), w.alpha()));
        model = new LatentModel(target, w.fixedNoise(), w.step(), w.name());
        return model.info();
    }

    private void loop() {
        while (true) {
            Pending<?> next;
            synchronized (lock) {
                while (pending.isEmpty() && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
                Iterator<Pending<?>> it = pending.values().iterator();
                next = it.next();
                it.remove();
            }
            next.run();
        }
    }

    /** Ends the thread after the job in hand; waiting requests are cancelled. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            for (Pending<?> p : pending.values()) p.future().cancel(false);
            pending.clear();
            lock.notifyAll();
        }
    }
}
