package org.ganworkbench.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UiThrottleTest {

    @Test
    void letsAtMostTwentyUpdatesASecondThroughAFrameClock() {
        UiThrottle throttle = new UiThrottle(20);
        int passed = 0;
        for (long frame = 0; frame < 60; frame++) {
            if (throttle.due(frame * 1_000_000_000L / 60)) passed++;
        }
        assertEquals(20, passed, "60 frames in one second at 20 Hz");
    }

    @Test
    void firstCallPassesAndTheIntervalRestartsFromIt() {
        UiThrottle throttle = new UiThrottle(10);
        assertTrue(throttle.due(5_000_000_000L));
        assertFalse(throttle.due(5_099_999_999L));
        assertTrue(throttle.due(5_100_000_000L));
    }
}
