package org.ganworkbench.ui.latent;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;

/** Session files for the explorer's tests: a tiny run trained a few steps and saved. */
public final class LatentSessions {

    private LatentSessions() {
    }

    public static Path trained(GanConfig config, long steps, Path file) throws Exception {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.trainUntil(steps).get(120, TimeUnit.SECONDS);
            return SessionFiles.save(run, file).get(60, TimeUnit.SECONDS);
        }
    }
}
