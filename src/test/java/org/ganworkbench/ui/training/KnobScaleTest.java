package org.ganworkbench.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ganworkbench.engine.config.ConfigFields;
import org.junit.jupiter.api.Test;

class KnobScaleTest {

    @Test
    void learningRateSlidersMoveInDecadesAndRoundToTwoDigits() {
        KnobScale scale = new KnobScale(ConfigFields.LR_D);
        assertEquals(-6, scale.sliderMin(), 1e-12);
        assertEquals(-1, scale.sliderMax(), 1e-12);
        assertEquals(Math.log10(2e-4), scale.toSlider(2e-4), 1e-12);
        assertEquals(2e-4, (Double) scale.fromSlider(Math.log10(2e-4)), 1e-18);
        assertEquals(3.5e-3, (Double) scale.fromSlider(Math.log10(0.0034567)), 1e-18);
        assertEquals(-1, scale.toSlider(0.5), 1e-12, "values beyond the slider clamp to its end");
    }

    @Test
    void countsAreWholeNumbersAndFractionsHundredths() {
        assertEquals(3, new KnobScale(ConfigFields.D_STEPS).fromSlider(2.6));
        assertEquals(0.12, new KnobScale(ConfigFields.LABEL_SMOOTHING).fromSlider(0.1234));
    }
}
