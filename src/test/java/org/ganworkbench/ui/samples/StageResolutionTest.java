package org.ganworkbench.ui.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.event.SampleImages;
import org.junit.jupiter.api.Test;

/** The real-sample strip at D's resolution, against values worked out by hand. */
class StageResolutionTest {

    private static final int[] SIDES = {2, 4};

    /** A 4x4 gray image: the four 2x2 blocks average to 25, 45, 100 and 200.25. */
    private static SampleImages image() {
        int[] v = {
            0, 10, 20, 30,
            40, 50, 60, 70,
            100, 100, 200, 200,
            100, 100, 200, 201};
        int[] argb = new int[16];
        for (int i = 0; i < 16; i++) argb[i] = gray(v[i]);
        return new SampleImages(1, 4, 4, argb);
    }

    private static int gray(int g) {
        return 0xFF000000 | g << 16 | g << 8 | g;
    }

    private static int[] grays(int... v) {
        int[] argb = new int[v.length];
        for (int i = 0; i < v.length; i++) argb[i] = gray(v[i]);
        return argb;
    }

    @Test
    void theFirstStageAveragesEachBlockAndFillsItWithTheMean() {
        GrowthStatus stage0 = new GrowthStatus(0, SIDES, 1, new long[0], 4, 3);
        SampleImages seen = StageResolution.asDiscriminatorSees(image(), stage0);
        assertArrayEquals(grays(
                25, 25, 45, 45,
                25, 25, 45, 45,
                100, 100, 200, 200,
                100, 100, 200, 200), seen.argb());
    }

    @Test
    void aFadeBlendsThisStageWithThePreviousOne() {
        // alpha 0.25: 0.25 * pixel + 0.75 * its block's mean, e.g. 0.25 * 0 + 0.75 * 25 = 18.75 -> 19
        GrowthStatus fading = new GrowthStatus(1, SIDES, 0.25, new long[] {4}, 4, 5);
        SampleImages seen = StageResolution.asDiscriminatorSees(image(), fading);
        assertArrayEquals(grays(
                19, 21, 39, 41,
                29, 31, 49, 51,
                100, 100, 200, 200,
                100, 100, 200, 200), seen.argb());
    }

    @Test
    void colourChannelsArePooledApart() {
        int[] argb = {0xFF000000 | 255 << 16, 0xFF000000 | 255 << 8, 0xFF000000 | 255, 0xFF000000 | 101 << 16 | 7};
        GrowthStatus stage0 = new GrowthStatus(0, new int[] {1, 2}, 1, new long[0], 0, 1);
        SampleImages seen = StageResolution.asDiscriminatorSees(new SampleImages(1, 2, 2, argb), stage0);
        int mean = 0xFF000000 | 89 << 16 | 64 << 8 | 66; // (255 + 101) / 4 = 89, 255 / 4 = 63.75, (255 + 7) / 4 = 65.5
        assertArrayEquals(new int[] {mean, mean, mean, mean}, seen.argb());
    }

    @Test
    void theFullSizeStageOnceFadedInAndRunsThatDoNotGrowShowTheRealsAsTheyAre() {
        SampleImages reals = image();
        assertSame(reals, StageResolution.asDiscriminatorSees(reals, new GrowthStatus(1, SIDES, 1, new long[] {4}, 4, 9)));
        assertSame(reals, StageResolution.asDiscriminatorSees(reals, null));
    }
}
