package org.ganworkbench.ui.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.config.LossKind;
import org.junit.jupiter.api.Test;

class ColorScaleTest {

    @Test
    void probabilitiesGetASequentialMapAndCriticScoresADivergingOne() {
        assertEquals(ColorScale.SEQUENTIAL, ColorScale.forLoss(LossKind.NON_SATURATING));
        assertEquals(ColorScale.SEQUENTIAL, ColorScale.forLoss(LossKind.MINIMAX));
        assertEquals(ColorScale.DIVERGING, ColorScale.forLoss(LossKind.WASSERSTEIN));
        assertEquals(ColorScale.DIVERGING, ColorScale.forLoss(LossKind.HINGE));
        assertEquals(ColorScale.DIVERGING, ColorScale.forLoss(LossKind.LEAST_SQUARES));
    }

    @Test
    void sequentialGoesFromWhiteToBlueAndDivergingIsWhiteAtItsCentre() {
        int[] seq = ColorScale.SEQUENTIAL.pixels(new float[] {0, 0.5f, 1}, 0.5);
        assertTrue(brightness(seq[0]) > brightness(seq[1]) && brightness(seq[1]) > brightness(seq[2]), "darker as D says real");
        assertTrue(blue(seq[2]) > red(seq[2]) + 100, "real is blue");

        float[] scores = {-4, -2, 0, 2, 4};
        int[] div = ColorScale.DIVERGING.pixels(scores, 0);
        assertTrue(brightness(div[2]) > 0.95 * 255 * 3, "the neutral score is white");
        assertTrue(blue(div[4]) > red(div[4]) + 100, "above the centre: blue");
        assertTrue(red(div[0]) > green(div[0]) + 40 && blue(div[0]) > green(div[0]) + 40, "below: purple");
        int[] shifted = ColorScale.DIVERGING.pixels(scores, 2);
        assertNotEquals(div[2], shifted[2], "the centre moves with the neutral value");
        assertTrue(brightness(shifted[3]) > 0.95 * 255 * 3);
    }

    private static int red(int c) { return (c >> 16) & 255; }
    private static int green(int c) { return (c >> 8) & 255; }
    private static int blue(int c) { return c & 255; }
    private static int brightness(int c) { return red(c) + green(c) + blue(c); }
}
