package org.ganworkbench.engine.train;

import java.util.function.Supplier;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.PointDataset;
import org.ganworkbench.engine.metrics.SampleQuality;
import org.ganworkbench.engine.metrics.SampleQualityReport;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.event.ToyFrame;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.model.GrowthGeometry;
import org.ganworkbench.engine.model.GanModel;

/**
 * Turns the engine's state into immutable snapshots and history rows: times steps, keeps a
 * smoothed speed, renders the fixed-noise samples. Engine thread only.
 */
final class SnapshotBuilder {

    /** Weight of the newest step in the smoothed speed: about the last 20 steps count. */
    private static final double SPEED_SMOOTHING = 0.05;
    /** The widest sample grid the studio offers (16 x 16). */
    static final int MAX_CLASS_GRID_COLUMNS = 16;

    private final RunContext context;
    private double elapsedSeconds;
    private double smoothedStepSeconds = Double.NaN;
    private SampleImages samples;
    private float[] points;
    private long samplesStep = -1;
    /** Set when a 2D view asked for its extras; they are rendered with the points. */
    private ToyFrameRenderer toyRenderer;
    private ToyFrame toy;
    /** The last manual step and its number: a frame rendered later at the same step still shows its phase. */
    private StepKind manualKind;
    private long manualStep = -1;
    private int samplesColumns;
    /** Conditional runs: the class whose samples to render, or -1 for one row per class. */
    private int sampleClass = -1;
    private StepMetrics lastMetrics;
    /** Measures 2D samples against the real points; null for images or when the data is absent. */
    private final SampleQuality quality;

    SnapshotBuilder(RunContext context, double elapsedSeconds) {
        this.context = context;
        this.elapsedSeconds = elapsedSeconds;
        this.quality = context.dataset() instanceof PointDataset p ? SampleQuality.forDataset(p) : null;
    }

    /** Runs one step and accounts its wall time as training time. */
    StepMetrics timed(Supplier<StepMetrics> step) {
        long start = System.nanoTime();
        StepMetrics m = step.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        elapsedSeconds += seconds;
        smoothedStepSeconds = Double.isNaN(smoothedStepSeconds) ? seconds
                : (1 - SPEED_SMOOTHING) * smoothedStepSeconds + SPEED_SMOOTHING * seconds;
        return m;
    }

    /** @param threads the native threads the step ran on */
    void record(StepMetrics m, int threads) {
        GanConfig live = context.controls().current();
        TrainingCounters c = context.counters();
        // The rates the step just used: the live ones scaled by the decay schedule.
        double decay = live.training().learningRateFactorOfStep(c.step());
        context.history().append(c.step(), epoch(), m.lossD(), m.lossG(), m.dReal(), m.dFake(), m.dAccuracy(),
                m.gradNormD(), m.gradNormG(), live.optimizerG().learningRate() * decay,
                live.optimizerD().learningRate() * decay, elapsedSeconds, threads);
    }

    void setToyRenderer(ToyFrameRenderer renderer) {
        toyRenderer = renderer;
        if (renderer == null) toy = null;
    }

    void renderSamples() {
        renderSamples(null);
    }

    /**
     * G applied to the fixed noise, in inference mode: the grid (images) or cloud (2D points) the class
     * watches; for 2D points also the view's extras when asked for. A conditional run shows one row
     * per class, the same z down each column (so a column is one "style" across the classes), or
     * every fixed z with one chosen class.
     *
     * @param manual the manual step just taken, or null when the training loop renders
     */
    void renderSamples(StepKind manual) {
        long step = context.counters().step();
        if (manual != null) {
            manualKind = manual;
            manualStep = step;
        }
        GanModel model = context.model();
        DataShape shape = model.shape();
        float[] noise = context.fixedNoise();
        int latent = model.config().model().latentSize();
        int count = noise.length / latent;
        int[] labels = null;
        samplesColumns = 0;
        if (model.conditional() && sampleClass >= 0) {
            labels = GanModel.sameLabel(count, sampleClass);
        } else if (model.conditional()) {
            int classes = model.classCount();
            int columns = classGridColumns(classes, count);
            float[] z = new float[classes * columns * latent];
            labels = new int[classes * columns];
            for (int row = 0; row < classes; row++) {
                System.arraycopy(noise, 0, z, row * columns * latent, columns * latent);
                java.util.Arrays.fill(labels, row * columns, (row + 1) * columns, row);
            }
            noise = z;
            count = labels.length;
            samplesColumns = columns;
        }
        float[] values = model.generate(noise, labels, count);
        if (shape.isImage()) {
            samples = SampleImages.fromFloats(values, count, shape.channels(), shape.height(), shape.width());
        } else {
            points = values;
            if (quality != null) context.quality().add(measure(quality.evaluate(values)));
            if (toyRenderer != null) toy = toyRenderer.render(context, values, manualStep == step ? manualKind : null);
        }
        samplesStep = context.counters().step();
    }

    /** Fixed-noise columns of a conditional run's grid: as many as the largest grid shows, within the fixed noise. */
    static int classGridColumns(int classes, int fixedCount) {
        return Math.max(1, Math.min(MAX_CLASS_GRID_COLUMNS, fixedCount / classes));
    }

    /** Conditional runs: -1 renders one row per class, a class index every fixed z with that class. */
    void setSampleClass(int classIndex) {
        int classes = context.model().classCount();
        if (classIndex < -1 || classIndex >= classes) {
            throw new IllegalArgumentException("class " + classIndex + " is not one of this run's " + classes + " classes");
        }
        sampleClass = classIndex;
    }

    /** The run went back to a checkpoint: its training time is the checkpoint's, and no step's measures stand. */
    void rewound(double checkpointSeconds) {
        elapsedSeconds = checkpointSeconds;
        lastMetrics = null;
    }

    /** The measures of the last step, for a snapshot published between steps (e.g. after re-rendering). */
    StepMetrics lastMetrics() {
        return lastMetrics;
    }

    private QualityPoint measure(SampleQualityReport r) {
        long step = context.counters().step();
        double js = r.divergence().jensenShannon();
        double kl = r.divergence().klRealToGenerated();
        return r.modeCoverage()
                .map(m -> new QualityPoint(step, m.modesCovered(), m.totalModes(), m.highQualityFraction(), m.reverseKl(), js, kl))
                .orElseGet(() -> new QualityPoint(step, -1, 0, Double.NaN, Double.NaN, js, kl));
    }

    TrainingSnapshot build(RunState state, StepMetrics m, String message) {
        if (m != null) lastMetrics = m;
        GanConfig live = context.controls().current();
        double nan = Double.NaN;
        double decay = live.training().learningRateFactorOfStep(context.counters().step());
        return new TrainingSnapshot(state, context.counters().step(), epoch(), epochProgress(),
                m == null ? nan : m.lossD(), m == null ? nan : m.lossG(),
                m == null ? nan : m.dReal(), m == null ? nan : m.dFake(), m == null ? nan : m.dAccuracy(),
                m == null ? nan : m.gradNormD(), m == null ? nan : m.gradNormG(),
                live.optimizerG().learningRate() * decay, live.optimizerD().learningRate() * decay,
                Double.isNaN(smoothedStepSeconds) ? 0 : 1 / smoothedStepSeconds, elapsedSeconds,
                samples, points, samplesStep, samplesColumns, message, toy, growth());
    }

    /** A progressive run's growth as the last step left it; null for the other architectures. */
    private GrowthStatus growth() {
        var model = context.model();
        return model.growth().map(g -> new GrowthStatus(g.stage(),
                GrowthGeometry.of(model.shape(), model.config().model().width()).sides(), g.alpha(),
                context.counters().stageStarts(), model.config().model().growth().fadeInSteps(),
                context.counters().step())).orElse(null);
    }

    double elapsedSeconds() {
        return elapsedSeconds;
    }

    private long epoch() {
        return context.counters().examplesDrawn() / context.datasetSize();
    }

    private double epochProgress() {
        return (context.counters().examplesDrawn() % context.datasetSize()) / (double) context.datasetSize();
    }
}
