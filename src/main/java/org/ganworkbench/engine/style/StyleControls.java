package org.ganworkbench.engine.style;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.ganworkbench.engine.train.Intervention;

/**
 * The knobs of a running style transfer, safe to turn from any thread. The engine reads
 * {@link #current()} at the start of each iteration, so a change applies from the next one and
 * Adam keeps its state. Every change is recorded with the iteration it follows (an intervention,
 * drawn as a marker on the charts, as in training).
 */
public final class StyleControls {

    private final AtomicReference<StyleKnobs> current;
    private final List<String> layers;
    private final AtomicLong iterations = new AtomicLong();
    private final List<Intervention> interventions = new ArrayList<>();

    /** @param layers the network's layer names, which the layer knobs must come from */
    public StyleControls(StyleKnobs initial, List<String> layers, long iterationsDone, List<Intervention> past) {
        this.layers = List.copyOf(layers);
        check(initial);
        this.current = new AtomicReference<>(initial);
        this.iterations.set(iterationsDone);
        this.interventions.addAll(past);
    }

    public StyleKnobs current() {
        return current.get();
    }

    /** The layers this network offers. */
    public List<String> layers() {
        return layers;
    }

    /** @throws IllegalArgumentException with a message for the user; nothing changes then */
    public void setNumber(StyleField field, double value) {
        if (!field.live()) throw new IllegalArgumentException(field.label() + " cannot change while the picture is optimised.");
        field.check(value).ifPresent(m -> { throw new IllegalArgumentException(m); });
        change(field.key(), k -> StyleFields.write(field, k, value), k -> StyleField.format(StyleFields.read(field, k)));
    }

    public void setContentLayer(String layer) {
        requireLayer(layer);
        change(StyleFields.CONTENT_LAYER.key(), k -> k.withContentLayer(layer), StyleKnobs::contentLayer);
    }

    public void setStyleLayers(List<String> chosen) {
        if (chosen.isEmpty()) throw new IllegalArgumentException("Choose at least one style layer.");
        chosen.forEach(this::requireLayer);
        List<String> ordered = layers.stream().filter(chosen::contains).toList(); // shallowest first, no repeats
        change(StyleFields.STYLE_LAYERS.key(), k -> k.withStyleLayers(ordered), k -> String.join(",", k.styleLayers()));
    }

    private void change(String key, UnaryOperator<StyleKnobs> edit, java.util.function.Function<StyleKnobs, String> show) {
        StyleKnobs before;
        StyleKnobs after;
        do {
            before = current.get();
            after = edit.apply(before);
        } while (!current.compareAndSet(before, after));
        record(key, show.apply(before), show.apply(after));
    }

    /** Changes between the same two iterations coalesce into one intervention per knob (a slider drag is one). */
    private synchronized void record(String key, String oldValue, String newValue) {
        long at = iterations.get();
        for (int i = interventions.size() - 1; i >= 0; i--) {
            Intervention last = interventions.get(i);
            if (last.step() != at) break;
            if (last.key().equals(key)) {
                interventions.remove(i);
                if (!last.oldValue().equals(newValue)) interventions.add(new Intervention(at, key, last.oldValue(), newValue));
                return;
            }
        }
        if (!oldValue.equals(newValue)) interventions.add(new Intervention(at, key, oldValue, newValue));
    }

    public synchronized List<Intervention> interventions() {
        return List.copyOf(interventions);
    }

    /** Called by the engine after each iteration. */
    void iterationDone(long done) {
        iterations.set(done);
    }

    private void check(StyleKnobs k) {
        requireLayer(k.contentLayer());
        if (k.styleLayers().isEmpty()) throw new IllegalArgumentException("Choose at least one style layer.");
        k.styleLayers().forEach(this::requireLayer);
        for (StyleField f : StyleFields.KNOBS) f.check(StyleFields.read(f, k)).ifPresent(m -> { throw new IllegalArgumentException(m); });
    }

    private void requireLayer(String layer) {
        if (!layers.contains(layer)) {
            throw new IllegalArgumentException("'" + layer + "' is not a layer of this network; its layers: " + String.join(", ", layers) + ".");
        }
    }
}
