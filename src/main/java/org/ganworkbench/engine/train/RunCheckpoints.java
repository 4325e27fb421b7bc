package org.ganworkbench.engine.train;

import java.util.NoSuchElementException;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A run's checkpoints: taken before a step when one is due (every N steps, or a knob changed since
 * the last step, in which case the checkpoint keeps the setting before the change), and put back
 * on a rewind. Engine thread only; the timeline it publishes is safe anywhere.
 */
final class RunCheckpoints {

    private final RunContext context;
    private final CheckpointStore store;
    private CheckpointPolicy policy;
    /** The config and interventions in force during the last step (or at the start). */
    private TrainingControls.Observation lastStep;
    private long nextId;
    private volatile CheckpointTimeline timeline;

    RunCheckpoints(RunContext context, CheckpointPolicy policy) {
        this.context = context;
        this.policy = policy;
        this.store = new CheckpointStore(policy.budgetBytes());
        this.lastStep = context.controls().observe();
        this.timeline = store.timeline(policy);
    }

    void setPolicy(CheckpointPolicy policy) {
        this.policy = policy;
        store.setBudget(policy.budgetBytes());
        timeline = store.timeline(policy);
    }

    CheckpointTimeline timeline() {
        return timeline;
    }

    /**
     * Takes a checkpoint if one is due and returns the config the step about to run uses.
     *
     * @param elapsedSeconds the run's training time now
     */
    GanConfig beforeStep(double elapsedSeconds) {
        TrainingControls.Observation now = context.controls().observe();
        long step = context.counters().step();
        if (!now.config().equals(lastStep.config())) {
            capture(lastStep, CheckpointReason.BEFORE_CHANGE, elapsedSeconds);
        } else if (policy.everySteps() > 0 && step % policy.everySteps() == 0) {
            capture(now, CheckpointReason.REGULAR, elapsedSeconds);
        }
        lastStep = now;
        return now.config();
    }

    /** Takes a checkpoint before "Grow now" takes effect: a change of the run like a knob's. */
    void beforeGrowth(double elapsedSeconds) {
        capture(context.controls().observe(), CheckpointReason.BEFORE_CHANGE, elapsedSeconds);
    }

    /** Takes a checkpoint of the run as it stands now, unless the newest already is one (e.g. before branching). */
    Checkpoint captureNow(double elapsedSeconds) {
        capture(context.controls().observe(), CheckpointReason.REGULAR, elapsedSeconds);
        return store.newest();
    }

    /** The run as it stands now, as a checkpoint that is not kept (the caller releases it). */
    Checkpoint current(double elapsedSeconds) {
        TrainingControls.Observation now = context.controls().observe();
        return new Checkpoint(-1, CheckpointReason.REGULAR, now.config(), context.counters().copy(),
                context.model().generator().copyState(), context.model().discriminator().copyState(),
                now.interventions(), context.history().size(), context.dOutputs().mark(), elapsedSeconds);
    }

    private void capture(TrainingControls.Observation in, CheckpointReason reason, double elapsedSeconds) {
        if (!policy.enabled()) return;
        Checkpoint newest = store.newest();
        long step = context.counters().step();
        if (newest != null && newest.step() == step && newest.liveConfig().equals(in.config())) return;
        TrainableNetwork g = context.model().generator();
        TrainableNetwork d = context.model().discriminator();
        store.makeRoom(stateBytes(g) + stateBytes(d), step);
        Checkpoint spare = store.takeSpare();
        store.add(new Checkpoint(nextId++, reason, in.config(), context.counters().copy(),
                copy(g, spare == null ? null : spare.generator()), copy(d, spare == null ? null : spare.discriminator()),
                in.interventions(), context.history().size(), context.dOutputs().mark(), elapsedSeconds));
        timeline = store.timeline(policy);
    }

    /** The network's state copied into {@code into}'s arrays when they fit (a thinned checkpoint's), else into new ones. */
    private static TrainableNetwork.State copy(TrainableNetwork net, TrainableNetwork.State into) {
        INDArray params = net.params();
        INDArray updater = net.updaterState();
        boolean fits = into != null && into.params().length() == params.length() && into.params().dataType() == params.dataType()
                && (updater == null ? into.updaterState() == null
                        : into.updaterState() != null && into.updaterState().length() == updater.length()
                        && into.updaterState().dataType() == updater.dataType());
        if (!fits) {
            if (into != null) release(into);
            return net.copyState();
        }
        into.params().assign(params);
        if (updater != null) into.updaterState().assign(updater);
        return new TrainableNetwork.State(into.params(), into.updaterState(), net.iteration());
    }

    private static void release(TrainableNetwork.State s) {
        if (s.params().closeable()) s.params().close();
        if (s.updaterState() != null && s.updaterState().closeable()) s.updaterState().close();
    }

    private static long stateBytes(TrainableNetwork net) {
        long b = net.params().length() * net.params().dataType().width();
        INDArray u = net.updaterState();
        return u == null ? b : b + u.length() * u.dataType().width();
    }

    /** Keeps checkpoints read from a session (oldest first), as if taken in this run. */
    void adopt(java.util.List<Checkpoint> saved) {
        for (Checkpoint c : saved) {
            store.add(new Checkpoint(nextId++, c.reason(), c.liveConfig(), c.counters(), c.generator(), c.discriminator(),
                    c.interventionsKept(), c.historyRows(), c.dOutputs(), c.elapsedSeconds()));
        }
        timeline = store.timeline(policy);
    }

    /**
     * Puts the run back exactly as it was at checkpoint {@code id}: weights, optimizer states,
     * counters, live config; the records cut back to that step, later knob changes marked abandoned,
     * later checkpoints dropped.
     *
     * @return the checkpoint restored
     * @throws NoSuchElementException if the run holds no such checkpoint (it may have been thinned)
     */
    Checkpoint rewind(long id) {
        Checkpoint c = store.byId(id).orElseThrow(() -> new NoSuchElementException(
                "checkpoint " + id + " is no longer kept (thinned to stay within the memory budget)"));
        context.model().generator().restoreState(c.generator());
        context.model().discriminator().restoreState(c.discriminator());
        context.counters().restore(c.counters());
        GrowthSchedule.settle(context.model(), context.counters());
        context.controls().rewind(c.liveConfig(), c.step(), c.interventionsKept());
        context.history().cutTo(Math.min(c.historyRows(), context.history().size()));
        context.quality().cutAfter(c.step() - 1); // the samples are rendered (and measured) again at once
        context.judged().cutAfter(c.step());
        context.dOutputs().restore(c.dOutputs());
        store.dropAfter(c);
        lastStep = context.controls().observe();
        timeline = store.timeline(policy);
        return c;
    }

    /** The checkpoint with that id, or the newest at that step when {@code id} is negative. */
    java.util.Optional<Checkpoint> find(long id) {
        return store.byId(id);
    }

    java.util.Optional<Checkpoint> atStep(long step) {
        return store.atStep(step);
    }

    java.util.List<Checkpoint> all() {
        return store.all();
    }

    void close() {
        store.clear();
    }
}
