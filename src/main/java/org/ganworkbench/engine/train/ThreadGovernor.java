package org.ganworkbench.engine.train;

import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.model.GanModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The native thread count of one run, step by step. A fixed setting stays fixed. Automatic starts
 * from the {@link ThreadPolicy} rule and, every {@value #CHECK_EVERY} steps, looks at how much CPU
 * other processes took since the last look: when they keep a core busy it gives that core up, and
 * takes it back once it is free again.
 *
 * <p>Why: on 2 cores with another process busy, the DCGAN step on 2 threads went from ~150 ms to a
 * 197 ms median, a 280 ms mean and steps over 1 s (the threads of a parallel region wait for each
 * other, and one of them waits for the core), where 1 thread held 241 ms (docs/performance.md).
 *
 * <p>Why it may change mid-run: the step's arithmetic does not depend on the thread count (the
 * products whose sums a second thread would split run on one thread, {@code NativeOp.product};
 * checked by ThreadIndependenceTest), so the count changes the speed and never the numbers. The
 * count used is recorded with every step (history column {@code threads}). Engine thread only.
 */
public final class ThreadGovernor {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadGovernor.class);

    /** Steps between two looks at the machine: ~2 s of DCGAN steps, so a short burst elsewhere is averaged out. */
    static final int CHECK_EVERY = 10;
    /** A core counts as taken when others use more than this much of it (while we use it too). */
    static final double GIVE_UP_ABOVE = 0.5;
    /** A given-up core is taken back once others use less than this much of it. */
    static final double TAKE_BACK_BELOW = 0.25;

    private final int wanted;
    private final boolean adaptive;
    private final int cores;
    private final IntConsumer apply;
    private final Supplier<MachineLoad.Sample> clock;
    private MachineLoad.Sample last;
    private int current;
    private double lastOtherCores = Double.NaN;

    ThreadGovernor(int wanted, boolean adaptive, int cores, IntConsumer apply, Supplier<MachineLoad.Sample> clock,
                   MachineLoad.Sample since) {
        this.wanted = Math.max(1, wanted);
        this.adaptive = adaptive && this.wanted > 1;
        this.cores = cores;
        this.apply = apply;
        this.clock = clock;
        this.last = since;
        this.current = this.wanted;
        apply.accept(current);
    }

    /**
     * The governor of a run of {@code model}, applied at once to the calling (engine) thread.
     *
     * @param since a machine reading taken when the run began preparing: the first look covers the
     *              preparation, so a busy core is seen before the first step
     */
    public static ThreadGovernor start(GanModel model, ThreadSetting setting, MachineLoad.Sample since) {
        int wanted = setting.automatic() ? ThreadPolicy.threadsFor(model) : setting.fixed();
        return new ThreadGovernor(wanted, setting.automatic(), Runtime.getRuntime().availableProcessors(),
                ComputeBackend::setTrainingThreads, MachineLoad::now, since);
    }

    /** Call before each step with the steps completed so far; returns the threads that step runs on. */
    public int beforeStep(long completedSteps) {
        if (!adaptive || completedSteps % CHECK_EVERY != 0) return current;
        MachineLoad.Sample now = clock.get();
        double others = MachineLoad.otherCores(last, now);
        if (Double.isNaN(others)) return current; // too soon to tell: keep counting from the same reading
        last = now;
        lastOtherCores = others;
        int next = choose(current, wanted, cores - others);
        if (next != current) {
            LOG.info(String.format(Locale.ROOT, "Threads %d -> %d at step %d: other processes kept %.2f of %d cores busy",
                    current, next, completedSteps, others, cores));
            current = next;
            apply.accept(current);
        }
        return current;
    }

    /**
     * The count for the next steps given the cores others leave free: fewer as soon as a core we use
     * is mostly taken, more only once a core is clearly free (the gap keeps it from flapping).
     */
    static int choose(int current, int wanted, double freeCores) {
        int fewer = clamp((int) Math.floor(freeCores + (1 - GIVE_UP_ABOVE)), wanted);
        if (fewer < current) return fewer;
        int more = clamp((int) Math.floor(freeCores + TAKE_BACK_BELOW), wanted);
        return Math.max(current, more);
    }

    private static int clamp(int n, int wanted) {
        return Math.max(1, Math.min(wanted, n));
    }

    /** Threads the steps run on now. */
    public int current() {
        return current;
    }

    /** True when the count follows the machine (automatic, and a model that wants more than one thread). */
    public boolean adaptive() {
        return adaptive;
    }

    /** Cores other processes took at the last look; NaN before the first. */
    public double lastOtherCores() {
        return lastOtherCores;
    }
}
