package org.ganworkbench.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.GanConfig;

/**
 * The knobs a teacher turns while training runs, safe to use from any thread. The engine reads
 * {@link #current()} at the start of each step, so a change applies from the next step; the
 * optimizers keep their state. Every change is recorded with its step (the intervention timeline).
 */
public final class TrainingControls {

    private final AtomicReference<GanConfig> current;
    private final AtomicLong stepsCompleted = new AtomicLong();
    private final List<Intervention> interventions = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean growRequested = new java.util.concurrent.atomic.AtomicBoolean();

    public TrainingControls(GanConfig initial, long stepsCompleted, List<Intervention> past) {
        this.current = new AtomicReference<>(initial);
        this.stepsCompleted.set(stepsCompleted);
        this.interventions.addAll(past);
    }

    /** The config with every change so far applied. */
    public GanConfig current() {
        return current.get();
    }

    /**
     * Turns one live knob.
     *
     * @param value a value as {@link ConfigField#parse} returns it
     * @throws IllegalArgumentException if the field is not live or the value out of range (the run is unchanged)
     */
    public synchronized void set(ConfigField field, Object value) {
        if (!field.live()) {
            throw new IllegalArgumentException(field.label() + " cannot change while training; stop and start a new run.");
        }
        field.check(value).ifPresent(m -> { throw new IllegalArgumentException(m); });
        GanConfig before;
        GanConfig after;
        do {
            before = current.get();
            after = field.write(before, value);
        } while (!current.compareAndSet(before, after));
        record(field, field.format(field.read(before)), field.format(value));
    }

    /**
     * Several changes between the same two steps coalesce into one intervention per knob (a slider
     * drag is one intervention, not forty), keeping the value before the first change.
     */
    private synchronized void record(ConfigField field, String oldValue, String newValue) {
        long step = stepsCompleted.get();
        for (int i = interventions.size() - 1; i >= 0; i--) {
            Intervention last = interventions.get(i);
            if (last.step() != step || last.abandoned()) break;
            if (last.key().equals(field.key())) {
                interventions.remove(i);
                if (!last.oldValue().equals(newValue)) {
                    interventions.add(new Intervention(step, field.key(), last.oldValue(), newValue));
                }
                return;
            }
        }
        if (!oldValue.equals(newValue)) interventions.add(new Intervention(step, field.key(), oldValue, newValue));
    }

    public synchronized List<Intervention> interventions() {
        return List.copyOf(interventions);
    }

    /** The config and how many interventions were listed with it, read together (a checkpoint keeps both). */
    public record Observation(GanConfig config, int interventions) {
    }

    public synchronized Observation observe() {
        return new Observation(current.get(), interventions.size());
    }

    /**
     * The run was rewound to a checkpoint: its config is back, and every change listed from index
     * {@code kept} on is marked abandoned (kept for the charts, no longer in force).
     */
    synchronized void rewind(GanConfig config, long step, int kept) {
        current.set(config);
        stepsCompleted.set(step);
        for (int i = Math.max(0, kept); i < interventions.size(); i++) {
            interventions.set(i, interventions.get(i).asAbandoned());
        }
    }

    /**
     * "Grow now": a progressive run starts fading in its next stage at the next step instead of
     * waiting for the stage's steps to run out. Ignored at the last stage and by the other architectures.
     */
    public void requestGrowth() {
        growRequested.set(true);
    }

    /** The engine takes a pending "Grow now" (once). */
    boolean takeGrowthRequest() {
        return growRequested.getAndSet(false);
    }

    /** Called by the engine after each step. */
    void stepCompleted(long steps) {
        stepsCompleted.set(steps);
    }
}
