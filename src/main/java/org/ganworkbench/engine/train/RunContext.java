package org.ganworkbench.engine.train;

import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.model.GanModel;

/**
 * What engine work submitted to a run's thread may touch: the networks, the data, the counters.
 * Only valid inside a task running on that thread (see {@link TrainingRun#submit}).
 *
 * @param dataset    the training data, or null when a saved run's data is not available here
 * @param quality    sample quality over steps (2D data only; empty otherwise)
 * @param judged     the judge's measurements over steps (labelled image data; empty otherwise)
 * @param dOutputs   D's view: histograms of D's outputs on real and fake over steps
 * @param fixedNoise the run's fixed latent vectors (row-major), shown as the sample grid
 */
public record RunContext(GanModel model, Dataset dataset, int datasetSize, TrainingCounters counters, History history,
                         QualityHistory quality, JudgedHistory judged, DOutputHistory dOutputs,
                         TrainingControls controls, float[] fixedNoise) {
}
