package org.ganworkbench.engine.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where growth stood a few steps back: what the studio labels samples rendered then with. */
class GrowthStatusTest {

    // stages 7, 14, 28; 14x14 began after 4 steps, 28x28 after 8; fade-ins last 2 steps; 11 steps done
    private final GrowthStatus now = new GrowthStatus(2, new int[] {7, 14, 28}, 1, new long[] {4, 8}, 2, 11);

    @Test
    void aStageTrainsFromTheStepAfterItBeganAndFadesInAsTheTrainerCountsIt() {
        assertEquals("stage 1 of 3: 7x7", now.atStep(0).label());
        assertEquals("stage 1 of 3: 7x7", now.atStep(4).label());
        assertEquals("stage 2 of 3: 14x14, fading in 50%", now.atStep(5).label());
        assertEquals("stage 2 of 3: 14x14", now.atStep(6).label());
        assertEquals("stage 2 of 3: 14x14", now.atStep(8).label());
        assertEquals("stage 3 of 3: 28x28, fading in 50%", now.atStep(9).label());
        assertArrayEquals(new long[] {4}, now.atStep(8).stageStarts());
    }

    @Test
    void nowOrLaterIsThisStatus() {
        assertEquals(now, now.atStep(11));
        assertEquals(now, now.atStep(20));
    }
}
