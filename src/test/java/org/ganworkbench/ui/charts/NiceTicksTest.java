package org.ganworkbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void ticksSitOnRoundNumbersInsideTheRange() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), NiceTicks.linear(0, 100, 5));
        assertEquals(List.of(0.8, 1.0, 1.2), NiceTicks.linear(0.7, 1.25, 3).stream()
                .map(t -> Math.round(t * 10) / 10.0).toList());
    }

    @Test
    void aNarrowRangeStillGetsTwoTicks() {
        assertTrue(NiceTicks.linear(0.75, 1.45, 3).size() >= 2, NiceTicks.linear(0.75, 1.45, 3).toString());
    }

    @Test
    void labelsAreShort() {
        assertEquals("12k", NiceTicks.label(12_000));
        assertEquals("1.5M", NiceTicks.label(1_500_000));
        // a log axis of Fréchet distances reached 1e11, labelled "100000M"
        assertEquals("1e11", NiceTicks.label(1e11));
        assertEquals("1e9", NiceTicks.label(1e9));
        assertEquals("2.5e9", NiceTicks.label(2.5e9));
        assertEquals("0.25", NiceTicks.label(0.25));
        assertEquals("1e-3", NiceTicks.label(0.001));
        assertEquals("0", NiceTicks.label(0));
    }
}
