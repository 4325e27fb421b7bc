package org.ganworkbench.engine.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.Rng;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Planted copies of training images are found exactly, in pixels and in the judge's features. */
@Tag("slow")
class NearestNeighboursTest {

    @Test
    void plantedDuplicatesAreTheirOwnNearestNeighbours() {
        ImageDataset data = JudgeFixtures.digits();
        Judge judge = JudgeFixtures.digitsJudge();
        NearestNeighbours index = NearestNeighbours.index(data, judge, JudgeTraining.Progress.NONE, () -> false);
        int[] planted = {17, 1234, 1999};
        int size = data.shape().size();
        float[] queries = new float[4 * size];
        for (int q = 0; q < planted.length; q++) data.copyExample(planted[q], queries, q * size);
        // a fourth query: example 500 with a little noise, near it but not a copy
        data.copyExample(500, queries, 3 * size);
        Rng rng = new Rng(9);
        for (int i = 3 * size; i < 4 * size; i++) queries[i] += (float) (0.05 * rng.nextGaussian());

        List<NearestNeighbours.Neighbours> found = index.find(queries, 4, 3);
        for (int q = 0; q < planted.length; q++) {
            NearestNeighbours.Match byPixels = found.get(q).pixels().get(0);
            NearestNeighbours.Match byFeatures = found.get(q).features().get(0);
            assertEquals(planted[q], byPixels.index(), "pixels, query " + q);
            assertEquals(0.0, byPixels.distance(), 1e-9, "an exact copy is at distance 0");
            assertEquals(data.label(planted[q]), byPixels.label());
            assertEquals(planted[q], byFeatures.index(), "features, query " + q);
            assertEquals(0.0, byFeatures.distance(), 1e-4);
            assertTrue(found.get(q).pixels().get(1).distance() > 1, "the next one is another image");
        }
        NearestNeighbours.Match noisy = found.get(3).pixels().get(0);
        assertEquals(500, noisy.index(), "the noisy copy's nearest is its original");
        assertEquals(0.05 * Math.sqrt(size), noisy.distance(), 0.2, "at the noise's distance");
        List<NearestNeighbours.Match> pixels = found.get(3).pixels();
        assertTrue(pixels.get(0).distance() <= pixels.get(1).distance() && pixels.get(1).distance() <= pixels.get(2).distance(),
                "nearest first");
    }

    @Test
    void unlabelledDataIsSearchedInPixelsOnly() {
        ImageDataset data = JudgeFixtures.digits();
        NearestNeighbours index = NearestNeighbours.index(data, null, JudgeTraining.Progress.NONE, () -> false);
        float[] query = JudgeFixtures.images(data, 42, 1);
        NearestNeighbours.Neighbours n = index.find(query, 1, 2).get(0);
        assertEquals(42, n.pixels().get(0).index());
        assertTrue(n.features().isEmpty() && !index.hasFeatures());
    }
}
