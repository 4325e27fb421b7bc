package org.ganworkbench.ui.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameThinnerTest {

    @Test
    void aLongRunKeepsAtMostCapacityEvenlySpacedFramesEndingWithTheNewest() {
        FrameThinner<Integer> thinner = new FrameThinner<>(300);
        for (int i = 0; i < 10_000; i++) thinner.offer(i);
        List<Integer> frames = thinner.frames();
        assertTrue(frames.size() <= 301, "frames: " + frames.size());
        assertTrue(frames.size() >= 150, "frames: " + frames.size());
        assertEquals(0, frames.get(0), "the run's first frame stays");
        assertEquals(9_999, frames.get(frames.size() - 1), "the newest frame is always last");
        int spacing = frames.get(1) - frames.get(0);
        for (int i = 1; i < frames.size() - 1; i++) {
            assertEquals(spacing, frames.get(i) - frames.get(i - 1), "even spacing at " + i);
        }
    }

    @Test
    void aShortRunKeepsEveryFrame() {
        FrameThinner<Integer> thinner = new FrameThinner<>(300);
        for (int i = 0; i < 40; i++) thinner.offer(i);
        assertEquals(40, thinner.frames().size());
        assertEquals(1, thinner.stride());
    }
}
