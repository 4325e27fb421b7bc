package org.ganworkbench.engine.train;

import java.util.List;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.model.GanModel;

/**
 * Everything a run starts from: a fresh config, or a saved session brought back to life.
 * Built on the engine thread (it creates DL4J networks).
 */
public record RunSource(GanConfig liveConfig, GanModel model, Dataset dataset, TrainingCounters counters,
                        History history, List<Intervention> interventions, float[] fixedNoise,
                        double elapsedSeconds) {
}
