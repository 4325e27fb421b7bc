package org.ganworkbench.ui.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.ganworkbench.engine.data.toy.CsvPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawnPointsTest {

    @Test
    void sprayFillsTheDiscAndEraseEmptiesOnlyIt() {
        DrawnPoints d = new DrawnPoints();
        d.spray(1, 1, 0.5, 200, new Random(1));
        d.spray(-1, -1, 0.5, 100, new Random(2));
        assertEquals(300, d.size());
        float[] p = d.points();
        int inFirst = 0;
        for (int i = 0; i < 200; i++) {
            double r = Math.hypot(p[2 * i] - 1, p[2 * i + 1] - 1);
            assertTrue(r <= 0.5 + 1e-6, "sprayed within the brush");
            if (r < 0.25) inFirst++;
        }
        assertTrue(inFirst > 30 && inFirst < 70, "uniform over the area: a quarter within half the radius, was " + inFirst);

        assertEquals(200, d.erase(1, 1, 0.6));
        assertEquals(100, d.size());
        for (int i = 0; i < 100; i++) assertTrue(Math.hypot(d.points()[2 * i] + 1, d.points()[2 * i + 1] + 1) <= 0.5 + 1e-6);
        assertEquals(0, d.erase(5, 5, 1), "erasing elsewhere keeps everything");
        d.clear();
        assertEquals(0, d.size());
    }

    @Test
    void aDrawingSavedAsCsvReadsBackAsTheSamePoints(@TempDir Path dir) throws Exception {
        DrawnPoints d = new DrawnPoints();
        d.spray(0.3, -0.7, 1, 50, new Random(3));
        Path file = dir.resolve("sub/drawing.csv");
        d.writeCsv(file);
        assertArrayEquals(d.points(), CsvPoints.read(file).points(), 1e-5f);
    }
}
