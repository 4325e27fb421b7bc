package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.config.Lessons;
import org.ganworkbench.engine.metrics.ModeCoverageResult;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trained runs shipped in the app (packaging/trained-runs.sh) open the moment class starts:
 * every one listed is in the build, opens without a warning, and is the trained run its description
 * promises, not an untrained or damaged one.
 */
@Tag("slow")
class TrainedRunsTest {

    @TempDir
    Path dir;

    @Test
    void everyListedRunIsShippedAndOpensAsTrained() {
        assertFalse(TrainedRuns.all().isEmpty(), "assets/trained/index.json lists the shipped runs");
        for (TrainedRun trained : TrainedRuns.all()) {
            Path file = TrainedRuns.extract(trained, dir);
            List<String> warnings = new ArrayList<>();
            try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(file, warnings::add))) {
                run.ready().join();
                assertTrue(run.latest().step() >= 1000, trained.name() + " is trained: step " + run.latest().step());
                assertEquals(run.latest().step(), run.history().size(), trained.name() + " carries its whole history");
                if (trained.name().equals("ring-pacgan")) {
                    ModeCoverageResult coverage = run.submit(c -> RunExports.quality(c, 2500, 1)).join().modeCoverage().orElseThrow();
                    // float16 parameters move the points a little; the lesson's result must survive that
                    assertEquals(8, coverage.modesCovered(), coverage.summary());
                    assertTrue(coverage.highQualityFraction() >= 0.9, coverage.summary());
                }
            }
            assertTrue(warnings.isEmpty(), trained.name() + ": " + warnings);
        }
    }

    @Test
    void theLatentLessonsRunIsShipped() {
        Lessons.all().stream().filter(l -> l.trainedRun() != null).forEach(l ->
                assertTrue(TrainedRuns.find(l.trainedRun()).isPresent(), l.name() + " needs " + l.trainedRun()));
    }
}
