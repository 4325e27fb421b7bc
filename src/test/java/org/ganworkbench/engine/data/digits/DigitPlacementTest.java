package org.ganworkbench.engine.data.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ganworkbench.engine.data.ImageDataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Placed like MNIST: centred by centre of mass, about 20 px tall, never cut off by the border. */
@Tag("slow")
class DigitPlacementTest {

    private static final int SIDE = 28;

    private final ImageDataset digits = ProceduralDigits.generate(5000, 31);

    @Test
    void inkIsCentredByMass() {
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < digits.size(); i++) {
            double mass = 0, mx = 0, my = 0;
            for (int p = 0; p < SIDE * SIDE; p++) {
                int v = digits.rawValue(i, p);
                mass += v;
                mx += v * (p % SIDE + 0.5);
                my += v * (p / SIDE + 0.5);
            }
            mx /= mass;
            my /= mass;
            assertTrue(Math.hypot(mx - 14, my - 14) < 3, "example " + i + " centre of mass at " + mx + ", " + my);
            sumX += mx;
            sumY += my;
        }
        assertEquals(14, sumX / digits.size(), 0.4);
        assertEquals(14, sumY / digits.size(), 0.4);
    }

    @Test
    void noInkTouchesTheBorder() {
        for (int i = 0; i < digits.size(); i++) {
            for (int k = 0; k < SIDE; k++) {
                assertEquals(0, digits.rawValue(i, k), "top row, example " + i);
                assertEquals(0, digits.rawValue(i, (SIDE - 1) * SIDE + k), "bottom row, example " + i);
                assertEquals(0, digits.rawValue(i, k * SIDE), "left column, example " + i);
                assertEquals(0, digits.rawValue(i, k * SIDE + SIDE - 1), "right column, example " + i);
            }
        }
    }

    @Test
    void digitsAreAbout20PixelsTallLikeMnist() {
        int[] heights = new int[digits.size()];
        for (int i = 0; i < digits.size(); i++) {
            int top = SIDE, bottom = -1;
            for (int p = 0; p < SIDE * SIDE; p++) {
                if (digits.rawValue(i, p) > 64) {
                    top = Math.min(top, p / SIDE);
                    bottom = Math.max(bottom, p / SIDE);
                }
            }
            heights[i] = bottom - top + 1;
        }
        Arrays.sort(heights);
        int median = heights[heights.length / 2];
        assertTrue(median >= 16 && median <= 22, "median height " + median);
        assertTrue(heights[heights.length / 20] >= 9, "5th percentile height " + heights[heights.length / 20]);
    }
}
