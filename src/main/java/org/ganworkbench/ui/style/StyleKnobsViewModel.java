package org.ganworkbench.ui.style;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganworkbench.engine.style.NetworkKind;
import org.ganworkbench.engine.style.StyleControls;
import org.ganworkbench.engine.style.StyleField;
import org.ganworkbench.engine.style.StyleFields;
import org.ganworkbench.engine.style.StyleKnobs;
import org.ganworkbench.ui.run.Notices;

/**
 * The live knobs: the three loss weights, the learning rate and the layers. Before a run they are
 * the settings it will start with; during a run each change goes to the run's controls (applied at
 * the next iteration, recorded as an intervention). FX thread.
 */
final class StyleKnobsViewModel {

    private final Notices notices;
    private final List<StyleKnobViewModel> numbers = new ArrayList<>();
    private final ObjectProperty<StyleKnobs> knobs = new SimpleObjectProperty<>(StyleKnobs.defaults(NetworkKind.RANDOM));
    private final ObjectProperty<List<String>> layers = new SimpleObjectProperty<>(NetworkKind.RANDOM.layers());
    private StyleControls controls;

    StyleKnobsViewModel(Notices notices) {
        this.notices = notices;
        for (StyleField f : StyleFields.KNOBS) numbers.add(new StyleKnobViewModel(f, v -> setNumber(f, v)));
        show(knobs.get());
    }

    List<StyleKnobViewModel> numbers() {
        return numbers;
    }

    /** A run started or opened: changes go to it from now on, and the knobs show its values. */
    void attach(StyleControls c, List<String> networkLayers) {
        controls = c;
        layers.set(networkLayers);
        show(c.current());
    }

    /** The run was discarded: the knobs keep their values for the next one. */
    void detach() {
        controls = null;
    }

    /** Another network chosen before a run: its layers and default layer choices; the numbers stay. */
    void networkChosen(NetworkKind network) {
        StyleKnobs defaults = StyleKnobs.defaults(network);
        layers.set(network.layers());
        show(knobs.get().withContentLayer(defaults.contentLayer()).withStyleLayers(defaults.styleLayers()));
    }

    boolean setNumber(StyleField field, double value) {
        if (controls == null) {
            knobs.set(StyleFields.write(field, knobs.get(), value));
            return true;
        }
        try {
            controls.setNumber(field, value);
            knobs.set(controls.current());
            return true;
        } catch (IllegalArgumentException e) {
            notices.error(e.getMessage());
            return false;
        }
    }

    void setContentLayer(String layer) {
        if (layer == null || layer.equals(knobs.get().contentLayer())) return;
        if (controls == null) {
            knobs.set(knobs.get().withContentLayer(layer));
            return;
        }
        try {
            controls.setContentLayer(layer);
            knobs.set(controls.current());
        } catch (IllegalArgumentException e) {
            notices.error(e.getMessage());
        }
    }

    /** Turns one style layer on or off; the last one cannot be turned off. */
    void setStyleLayer(String layer, boolean on) {
        List<String> chosen = new ArrayList<>(knobs.get().styleLayers());
        if (on == chosen.contains(layer)) return;
        if (on) chosen.add(layer);
        else chosen.remove(layer);
        if (chosen.isEmpty()) {
            notices.warning("Keep at least one style layer.");
            knobs.set(knobs.get().withStyleLayers(List.copyOf(knobs.get().styleLayers()))); // makes the view show it again
            return;
        }
        List<String> ordered = layers.get().stream().filter(chosen::contains).toList();
        if (controls == null) {
            knobs.set(knobs.get().withStyleLayers(ordered));
            return;
        }
        try {
            controls.setStyleLayers(ordered);
            knobs.set(controls.current());
        } catch (IllegalArgumentException e) {
            notices.error(e.getMessage());
        }
    }

    void show(StyleKnobs k) {
        knobs.set(k);
        for (StyleKnobViewModel n : numbers) n.show(StyleFields.read(n.field(), k));
    }

    /** The knobs now (the run's, or what the next run starts with). */
    StyleKnobs current() {
        return knobs.get();
    }

    ReadOnlyObjectProperty<StyleKnobs> knobsProperty() {
        return knobs;
    }

    ReadOnlyObjectProperty<List<String>> layersProperty() {
        return layers;
    }
}
