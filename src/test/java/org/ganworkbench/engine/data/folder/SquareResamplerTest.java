package org.ganworkbench.engine.data.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The resize keeps the centre square, averages areas when shrinking and interpolates when enlarging. */
class SquareResamplerTest {

    @Test
    void shrinkingAveragesWholeBlocks() {
        // 4x4 -> 2x2: each output is the mean of a 2x2 block
        float[] src = {0, 100, 200, 200, 100, 0, 200, 200, 50, 50, 10, 30, 50, 50, 30, 10};
        byte[] out = new byte[4];
        SquareResampler.cropAndResize(src, 1, 4, 4, 2, out, 0);
        assertEquals(50, out[0] & 0xff);
        assertEquals(200, out[1] & 0xff);
        assertEquals(50, out[2] & 0xff);
        assertEquals(20, out[3] & 0xff);
    }

    @Test
    void fractionalShrinkWeighsByCoveredArea() {
        // a 3-pixel row to 2 pixels: output 0 covers pixel 0 and half of pixel 1
        float[] src = new float[9];
        for (int y = 0; y < 3; y++) {
            src[y * 3] = 0;
            src[y * 3 + 1] = 90;
            src[y * 3 + 2] = 180;
        }
        byte[] out = new byte[4];
        SquareResampler.cropAndResize(src, 1, 3, 3, 2, out, 0);
        assertEquals(30, out[0] & 0xff);
        assertEquals(150, out[1] & 0xff);
    }

    @Test
    void keepsTheCentreSquareOfAWideImage() {
        // 6x2, the centre 2x2 is columns 2 and 3
        float[] src = new float[12];
        for (int y = 0; y < 2; y++) for (int x = 0; x < 6; x++) src[y * 6 + x] = x == 2 || x == 3 ? 255 : 0;
        byte[] out = new byte[4];
        SquareResampler.cropAndResize(src, 1, 6, 2, 2, out, 0);
        for (byte b : out) assertEquals(255, b & 0xff);
    }

    @Test
    void enlargingInterpolatesBetweenNeighbours() {
        float[] src = {0, 200, 0, 200};
        byte[] out = new byte[16];
        SquareResampler.cropAndResize(src, 1, 2, 2, 4, out, 0);
        assertEquals(0, out[0] & 0xff);
        assertEquals(50, out[1] & 0xff);
        assertEquals(150, out[2] & 0xff);
        assertEquals(200, out[3] & 0xff);
    }

    @Test
    void planesStayApart() {
        float[] src = new float[3 * 4];
        java.util.Arrays.fill(src, 0, 4, 10);
        java.util.Arrays.fill(src, 4, 8, 20);
        java.util.Arrays.fill(src, 8, 12, 30);
        byte[] out = new byte[3];
        SquareResampler.cropAndResize(src, 3, 2, 2, 1, out, 0);
        assertEquals(10, out[0]);
        assertEquals(20, out[1]);
        assertEquals(30, out[2]);
    }
}
