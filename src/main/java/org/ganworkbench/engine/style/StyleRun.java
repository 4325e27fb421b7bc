package org.ganworkbench.engine.style;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import java.util.concurrent.ThreadPoolExecutor;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.EngineThread;
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.style.net.FeatureNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One style transfer and the engine thread it owns: the same spine as a training run. Every ND4J
 * call (iterations, saving, exporting) runs on that thread, one task at a time; the controls act
 * between iterations; snapshots go to listeners after every iteration, carrying the picture every
 * ~0.2 s (and at every pause), which a UI keeps latest-wins.
 */
public final class StyleRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StyleRun.class);
    private static final AtomicInteger RUN_NUMBER = new AtomicInteger();
    /** The picture travels with a snapshot at most this often while running (it costs a copy from native memory). */
    static final long IMAGE_EVERY_NANOS = 200_000_000L;
    /** A GIF frame every this many iterations at first (fewer as the run grows, see {@link StyleFrames}). */
    static final long FRAME_EVERY = 5;

    private final ThreadPoolExecutor engine;
    private final List<StyleListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<StyleContext> ready = new CompletableFuture<>();
    private volatile RunState state = RunState.PREPARING;
    private volatile boolean pauseRequested;
    private volatile boolean stopRequested;
    private volatile long stopAt = Long.MAX_VALUE;
    private volatile CompletableFuture<StyleSnapshot> finished = new CompletableFuture<>();
    private volatile StyleSnapshot latest = StyleSnapshot.status(RunState.PREPARING, "Preparing...");

    // engine thread only, once prepared
    private StyleContext context;
    private long lastImageNanos;
    private StyleMetrics lastMetrics;
    private double elapsedSeconds;
    private double perSecond;

    private StyleRun() {
        engine = EngineThread.start("style-engine", RUN_NUMBER);
    }

    /**
     * Starts preparing on the job's own thread (building the network can take seconds: VGG16 reads
     * its weights); returns at once. {@link #ready()} completes when it can iterate.
     *
     * @param network builds the feature network for the source's setup, on the engine thread
     */
    public static StyleRun prepare(Supplier<StyleSource> source, Function<StyleSetup, FeatureNetwork> network,
                                   StyleListener... listeners) {
        StyleRun run = new StyleRun();
        run.listeners.addAll(List.of(listeners));
        run.engine.execute(() -> run.prepareOnEngine(source, network));
        return run;
    }

    private void prepareOnEngine(Supplier<StyleSource> sourceSupplier, Function<StyleSetup, FeatureNetwork> network) {
        try {
            ComputeBackend.initialize();
            ComputeBackend.setThreads(Runtime.getRuntime().availableProcessors());
            StyleSource source = sourceSupplier.get();
            context = StyleContext.create(source, network.apply(source.setup()));
            if (source.resume() != null) elapsedSeconds = source.resume().elapsedSeconds();
            state = RunState.READY;
            publish(snapshot(true, ""));
            ready.complete(context);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (e instanceof WorkbenchException) LOG.warn("Could not prepare the style transfer: {}", e.getMessage());
            else LOG.error("Could not prepare the style transfer", e);
            state = RunState.FAILED;
            publish(StyleSnapshot.status(RunState.FAILED, e.getMessage() == null ? e.toString() : e.getMessage()));
            ready.completeExceptionally(e);
            finished.complete(latest);
        }
    }

    public CompletableFuture<StyleContext> ready() {
        return ready;
    }

    public RunState state() {
        return state;
    }

    public StyleSnapshot latest() {
        return latest;
    }

    public void addListener(StyleListener l) {
        listeners.add(l);
    }

    /** The knobs; once {@link #ready()} has completed. */
    public StyleControls controls() {
        return ready.join().controls();
    }

    public StyleHistory history() {
        return ready.join().history();
    }

    // ---------------------------------------------------------------- controls (any thread)

    /** Starts or resumes; runs until paused, stopped or {@link #runUntil} says so. */
    public void start() {
        engine.execute(() -> {
            if ((state == RunState.READY || state == RunState.PAUSED) && !stopRequested) {
                state = RunState.RUNNING;
                publish(snapshot(false, ""));
                iterate();
            } else {
                finished.complete(latest);
            }
        });
    }

    /** Runs until {@code iterations} are done, then pauses; completes with the last snapshot (early on a problem). */
    public CompletableFuture<StyleSnapshot> runUntil(long iterations) {
        stopAt = iterations;
        finished = new CompletableFuture<>();
        start();
        return finished;
    }

    public void pause() {
        pauseRequested = true;
        engine.execute(() -> {
            pauseRequested = false;
            if (state == RunState.RUNNING) {
                state = RunState.PAUSED;
                publish(snapshot(true, ""));
            }
        });
    }

    /** Pauses (if running) and performs exactly one iteration. */
    public void step() {
        pause();
        engine.execute(() -> {
            if (state == RunState.READY || state == RunState.PAUSED) {
                state = RunState.PAUSED;
                iterateOnce(true);
            }
        });
    }

    /** Stops for good; the picture stays available for export and saving. */
    public void stop() {
        stopRequested = true;
        engine.execute(() -> {
            if (state != RunState.FAILED && state != RunState.STOPPED && context != null) {
                state = RunState.STOPPED;
                publish(snapshot(true, ""));
            }
            finished.complete(latest);
        });
    }

    /** Engine work between two iterations (saving, exporting). */
    public <T> CompletableFuture<T> submit(Function<StyleContext, T> task) {
        return ready.thenApplyAsync(task, engine);
    }

    @Override
    public void close() {
        stop();
        EngineThread.shutDown(engine);
    }

    // ---------------------------------------------------------------- engine thread

    /** Iterates until paused or stopped, letting queued work (pause, save) in between iterations. */
    private void iterate() {
        while (state == RunState.RUNNING && !pauseRequested && !stopRequested) {
            if (context.optimisation().iteration() >= stopAt) {
                state = RunState.PAUSED;
                publish(snapshot(true, ""));
                finished.complete(latest);
                return;
            }
            if (!iterateOnce(false)) return;
            if (!engine.getQueue().isEmpty() && state == RunState.RUNNING) {
                engine.execute(this::iterate);
                return;
            }
        }
    }

    /** @return false when the run paused on a problem */
    private boolean iterateOnce(boolean manual) {
        StyleMetrics m;
        try {
            m = context.optimisation().step(context.controls().current());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("Style iteration failed", e);
            return pauseOn("Paused: the iteration failed (" + e + "). The picture is as it was after the last iteration.");
        }
        if (!m.finite()) {
            return pauseOn("Paused: a loss is not a number (content " + m.content() + ", style " + m.style()
                    + "). Lower the learning rate or the weights, then resume.");
        }
        lastMetrics = m;
        elapsedSeconds += m.millis() / 1000;
        perSecond = perSecond == 0 ? 1000 / m.millis() : 0.8 * perSecond + 0.2 * (1000 / m.millis());
        long done = context.optimisation().iteration();
        context.controls().iterationDone(done);
        context.history().add(m);
        context.frames().offer(done, context.optimisation()::image);
        boolean image = manual || System.nanoTime() - lastImageNanos >= IMAGE_EVERY_NANOS;
        publish(snapshot(image, ""));
        return true;
    }

    private boolean pauseOn(String message) {
        state = RunState.PAUSED;
        publish(snapshot(true, message));
        finished.complete(latest);
        return false;
    }

    private StyleSnapshot snapshot(boolean withImage, String message) {
        RgbImage image = null;
        if (withImage && context != null) {
            image = context.optimisation().image();
            lastImageNanos = System.nanoTime();
        }
        long it = context == null ? 0 : context.optimisation().iteration();
        String network = context == null ? "" : context.optimisation().network().title();
        return new StyleSnapshot(state, it, lastMetrics, image, perSecond, elapsedSeconds, network, message);
    }

    private void publish(StyleSnapshot s) {
        latest = s;
        for (StyleListener l : listeners) {
            try {
                l.onSnapshot(s);
            } catch (RuntimeException e) {
                LOG.warn("A style listener failed; the optimisation goes on", e);
            }
        }
    }
}
