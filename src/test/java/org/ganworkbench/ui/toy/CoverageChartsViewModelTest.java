package org.ganworkbench.ui.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.ganworkbench.engine.train.QualityPoint;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.junit.jupiter.api.Test;

class CoverageChartsViewModelTest {

    private final CoverageChartsViewModel vm = new CoverageChartsViewModel(new RunViewModel(new DirectTaskRunner(), new Notices()));

    @Test
    void modesAreChartedAsAShareOfTheMixtureAndDivergencesAsMeasured() {
        vm.add(new QualityPoint(50, 5, 8, 0.9, 0.25, 0.1, 2.0));
        assertEquals(62.5, vm.coverage().series().get(0).raw().lastValue(), 1e-9);
        assertEquals(90, vm.coverage().series().get(1).raw().lastValue(), 1e-9);
        assertEquals(0.25, vm.divergence().series().get(0).raw().lastValue());
        assertEquals(2.0, vm.divergence().series().get(1).raw().lastValue());
        assertEquals(0.1, vm.divergence().series().get(2).raw().lastValue());
        assertEquals("5 of 8 modes", vm.modeCount());
        assertEquals("5 of 8", vm.modesHeadlineProperty().get(), "the large live number beside the chart");
        assertEquals("modes covered, 90% high quality", vm.qualityHeadlineProperty().get());

        vm.add(new QualityPoint(100, -1, 0, Double.NaN, Double.NaN, 0.2, 1.0)); // no known mixture (a drawing)
        assertFalse(vm.coverage().series().get(0).raw().hasValues(1), "no mode share without modes");
        assertEquals(0.2, vm.divergence().series().get(2).raw().lastValue());
        assertEquals("", vm.modeCount());
        assertEquals("", vm.modesHeadlineProperty().get(), "no headline without a known mixture");
        assertEquals("", vm.qualityHeadlineProperty().get());
    }
}
