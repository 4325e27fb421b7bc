package org.ganworkbench.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.data.PointDataset;
import org.ganworkbench.engine.data.toy.ToyDistributions;
import org.junit.jupiter.api.Test;

class SampleQualityMetricsTest {

    @Test
    void mixtureDataGetsModeCoverageAndDivergenceInOneLine() {
        PointDataset ring = ToyDistributions.ring8(10_000);
        SampleQualityReport report = SampleQuality.forDataset(ring)
                .evaluate(TestPoints.fromMixture(ring.mixture().orElseThrow(), 10_000, 11));

        assertEquals(8, report.modeCoverage().orElseThrow().modesCovered());
        assertTrue(report.summary().matches("modes 8/8, high-quality 98\\.\\d%, reverse KL 0\\.00\\d; JS 0\\.00\\d nats"),
                report.summary());
    }

    @Test
    void collapsedGeneratorShowsInTheLine() {
        PointDataset ring = ToyDistributions.ring8(10_000);
        float[] collapsed = TestPoints.atCenter(ring.mixture().orElseThrow(), 2, 1_000);

        String line = SampleQuality.forDataset(ring).evaluate(collapsed).summary();

        assertTrue(line.startsWith("modes 1/8, high-quality 100.0%, reverse KL 2.079; JS "), line);
    }

    @Test
    void dataWithoutAMixtureGetsDivergenceOnly() {
        PointDataset spiral = ToyDistributions.spiral(5_000);
        SampleQualityReport report = SampleQuality.forDataset(spiral).evaluate(spiral.points());

        assertTrue(report.modeCoverage().isEmpty());
        assertEquals("JS 0.000, KL(real||gen) 0.000, KL(gen||real) 0.000 nats", report.summary());
    }

    @Test
    void tenThousandPointsOnTheGridTakeMillisecondsNotSeconds() {
        PointDataset grid = ToyDistributions.grid25(10_000);
        SampleQuality quality = SampleQuality.forDataset(grid);
        float[] generated = TestPoints.fromMixture(grid.mixture().orElseThrow(), 10_000, 12);
        for (int i = 0; i < 20; i++) quality.evaluate(generated);

        long start = System.nanoTime();
        int rounds = 20;
        for (int i = 0; i < rounds; i++) quality.evaluate(generated);
        double millis = (System.nanoTime() - start) / 1e6 / rounds;

        // typically about 1 ms; the bound only catches an accidental O(n²) or per-point allocation
        assertTrue(millis < 50, millis + " ms per evaluation");
    }
}
