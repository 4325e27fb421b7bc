package org.ganworkbench.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.event.SampleImages;
import org.junit.jupiter.api.Test;

/** Previews show the stored bytes exactly, gray or RGB, spread out or class by class. */
class DatasetPreviewTest {

    private static ImageDataset rgb() {
        // 6 images of 2x1 RGB; image i has red i, green 10 * i, blue 200; labels 0,1,0,1,0,1
        byte[] px = new byte[6 * 6];
        for (int i = 0; i < 6; i++) {
            for (int p = 0; p < 2; p++) {
                px[i * 6 + p] = (byte) i;
                px[i * 6 + 2 + p] = (byte) (10 * i);
                px[i * 6 + 4 + p] = (byte) 200;
            }
        }
        return new ImageDataset("t", "t", DataShape.image(3, 1, 2), px, new int[] {0, 1, 0, 1, 0, 1}, List.of("a", "b"));
    }

    @Test
    void rgbPixelsAreTheStoredBytes() {
        SampleImages s = DatasetPreview.spread(rgb(), 3);
        assertEquals(3, s.count());
        assertEquals(0xFF0214C8, s.pixel(1, 0, 0)); // image 2 of 6: red 2, green 20, blue 200
    }

    @Test
    void perClassGivesOneRowPerClass() {
        SampleImages s = DatasetPreview.perClass(rgb(), 2);
        assertEquals(4, s.count());
        assertEquals(List.of(0, 2, 1, 3), List.of(s.pixel(0, 0, 0) >> 16 & 0xff, s.pixel(1, 0, 0) >> 16 & 0xff,
                s.pixel(2, 0, 0) >> 16 & 0xff, s.pixel(3, 0, 0) >> 16 & 0xff));
    }

    @Test
    void grayIsReplicatedIntoTheThreeColours() {
        ImageDataset g = new ImageDataset("g", "g", DataShape.image(1, 1, 1), new byte[] {(byte) 130}, null, List.of());
        assertEquals(0xFF828282, DatasetPreview.spread(g, 5).pixel(0, 0, 0));
    }
}
