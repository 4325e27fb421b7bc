package org.ganworkbench.engine.train;

import java.util.List;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.model.GanModel;

/**
 * Everything a run starts from: a fresh config, or a saved session brought back to life.
 * Built on the engine thread (it creates DL4J networks).
 *
 * @param dataset     the training data, or null when a saved run's data is not available here (it can
 *                    then be sampled and explored but not trained further)
 * @param datasetSize examples in the training data (known from the session when the data is absent)
 * @param quality     mode coverage and divergences measured so far (2D data; empty for images)
 * @param judged      the judge's measurements so far (labelled images; empty otherwise)
 * @param dOutputs    D's view so far: histograms of D's outputs on real and fake
 */
public record RunSource(GanConfig liveConfig, GanModel model, Dataset dataset, int datasetSize, TrainingCounters counters,
                        History history, QualityHistory quality, JudgedHistory judged, DOutputHistory dOutputs,
                        List<Intervention> interventions, float[] fixedNoise, double elapsedSeconds) {
}
