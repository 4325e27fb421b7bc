package org.ganworkbench.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.junit.jupiter.api.Test;

class DatasetPreviewsTest {

    @Test
    void digitPreviewsShowTheClassesInTurn() {
        DataSpec spec = new DataSpec("digits", 300);
        DatasetPreview preview = DatasetPreviews.load(spec);
        assertEquals(DatasetPreview.MAX_IMAGES, preview.images().count());
        assertNull(preview.points());
        Dataset data = Datasets.open(spec);
        int[] picks = DatasetPreviews.classesInTurn(data, 16);
        for (int i = 0; i < 16; i++) assertEquals(i % 10, data.label(picks[i]), "pick " + i);
    }

    @Test
    void aDigitPreviewDrawsOnlyWhatItShowsButIsTheFullSetsPreview() {
        DataSpec spec = new DataSpec("digits", 2_000);
        DatasetPreview quick = DatasetPreviews.load(spec);
        Dataset full = Datasets.open(spec);
        int[] picks = DatasetPreviews.classesInTurn(full, DatasetPreview.MAX_IMAGES);
        float[] expected = new float[DatasetPreview.MAX_IMAGES * full.shape().size()];
        for (int i = 0; i < picks.length; i++) full.copyExample(picks[i], expected, i * full.shape().size());
        var fromFull = org.ganworkbench.engine.event.SampleImages.fromFloats(expected, picks.length, 1, 28, 28);
        assertArrayEquals(fromFull.argb(), quick.images().argb(), "the same digits as a preview of the whole set");
        assertEquals(full.description(), quick.description(), "described as the whole set");
    }

    @Test
    void pointPreviewsSpreadOverAllModes() {
        DatasetPreview preview = DatasetPreviews.load(new DataSpec("ring8", 5000));
        assertEquals(2 * DatasetPreview.MAX_POINTS, preview.points().length);
        assertNull(preview.images());
        long quadrants = 0;
        float[] p = preview.points();
        boolean[] seen = new boolean[4];
        for (int i = 0; i < p.length; i += 2) seen[(p[i] > 0 ? 1 : 0) + (p[i + 1] > 0 ? 2 : 0)] = true;
        for (boolean s : seen) quadrants += s ? 1 : 0;
        assertEquals(4, quadrants, "points from around the whole ring");
    }
}
