package org.ganworkbench.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.Presets;
import org.junit.jupiter.api.Test;

class LiveKnobViewModelTest {

    private final List<Object> applied = new ArrayList<>();
    private final LiveKnobViewModel knob = new LiveKnobViewModel(ConfigFields.LR_D, (f, v) -> applied.add(v));

    LiveKnobViewModelTest() {
        knob.show(Presets.defaultPreset().config());
    }

    @Test
    void aDragPreviewsAndAppliesOnceOnRelease() {
        for (double p = -3.7; p < -2.6; p += 0.1) {
            knob.sliderProperty().set(p);
            knob.sliderMoved();
        }
        assertTrue(applied.isEmpty(), "nothing applies while dragging");
        assertEquals("0.002", knob.textProperty().get(), "the text previews the value under the thumb");
        knob.commitSlider();
        assertEquals(List.of(2e-3), applied);
        assertEquals(2e-3, knob.value());
    }

    @Test
    void typedValuesApplyExactlyAndBadOnesExplainThemselves() {
        knob.textProperty().set("0.000234");
        knob.commitText();
        assertEquals(List.of(2.34e-4), applied, "typed values are not rounded to the slider");
        knob.textProperty().set("fast");
        knob.commitText();
        assertTrue(knob.errorProperty().get().contains("D learning rate"), knob.errorProperty().get());
        assertEquals(1, applied.size());
    }

    @Test
    void showingARunsValueDoesNotCountAsATurnOfTheKnob() {
        var ring = Presets.get("ring-vanilla").config();
        knob.show(ring);
        assertEquals(ring.optimizerD().learningRate(), knob.value());
        assertEquals(1e-3, knob.value(), "differs from the default preset's 2e-4, so showing it is a change of value");
        assertFalse(knob.syncing());
        assertTrue(applied.isEmpty());
    }

    @Test
    void settingTheSameValueAgainIsNoIntervention() {
        knob.textProperty().set("2e-4");
        knob.commitText();
        assertTrue(applied.isEmpty());
    }

    @Test
    void theHintSaysWhenTheRatesSetHereAreScaledByADecay() {
        var grid = Presets.get("grid25-pacgan").config();
        assertEquals("Changes apply at the next step and appear as markers on the charts. Both learning rates below fall"
                + " to 5% of what you set from step 12,000 to step 20,000; the Learning rates tile shows the rates in use.",
                LiveKnobsViewModel.hint(true, grid));
        assertFalse(LiveKnobsViewModel.hint(false, Presets.get("ring-vanilla").config()).contains("fall"), "no decay, no word of it");
    }
}
