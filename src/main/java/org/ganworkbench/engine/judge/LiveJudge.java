package org.ganworkbench.engine.judge;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.RunContext;
import org.ganworkbench.engine.train.SampleProbe;
import org.ganworkbench.engine.train.TrainingRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The judge at work on a live run. It gets the judge of the run's data in the background (cached,
 * or trained on its own thread with one core, so the run keeps the other), then, each time the
 * training loop renders the samples, judges {@value #SAMPLES} fresh samples (the same evaluation
 * noise every time, so the curve follows G, not the noise) and adds a point to the run's
 * {@link org.ganworkbench.engine.train.JudgedHistory}.
 *
 * <p>Throttled: it measures only while the time it has spent stays within {@value #BUDGET} of the
 * training time since it started (counting the next measurement at the cost of the last), so the
 * run keeps at least 1 / (1 + {@value #BUDGET}) = 93% of its speed. On a slow model the points
 * come every few renderings instead of every one.
 */
public final class LiveJudge implements SampleProbe {

    private static final Logger LOG = LoggerFactory.getLogger(LiveJudge.class);
    /** Samples per measurement: the Fréchet distance wants at least 1,000. */
    public static final int SAMPLES = 1000;
    /** Measuring may cost at most this share of the training time. */
    public static final double BUDGET = 0.075;
    private static final long EVALUATION_SEED = 0x1D6EEL;

    private final JudgeCache cache;
    private final JudgeTraining.Settings settings;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile JudgeStatus status = JudgeStatus.waiting();
    /** Handed from the judge's thread to the engine thread through this volatile field. */
    private volatile Judge judge;

    // engine thread only
    private float[] evaluationNoise;
    private final MeasurementBudget budget = new MeasurementBudget(BUDGET);

    public LiveJudge(JudgeCache cache, JudgeTraining.Settings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    /** Attaches a live judge to {@code run} once it is prepared: it starts getting the judge of the run's data at once. */
    public static LiveJudge attach(TrainingRun run, JudgeCache cache, JudgeTraining.Settings settings) {
        LiveJudge live = new LiveJudge(cache, settings);
        run.ready().thenAccept(ctx -> {
            run.addSampleProbe(live);
            live.start(ctx.dataset());
        });
        return live;
    }

    /** Where the judge stands: waiting, training (with progress), ready (with its accuracy) or unavailable (why). */
    public JudgeStatus status() {
        return status;
    }

    /** Starts getting the judge of {@code data} on a thread of its own (null data: the run's data is not here). */
    void start(Dataset data) {
        if (data == null) {
            status = JudgeStatus.unavailable("No judge: this run's dataset is not on this machine.");
            return;
        }
        var reason = JudgeTraining.unavailableReason(data);
        if (reason.isPresent()) {
            status = JudgeStatus.unavailable(reason.get());
            return;
        }
        Thread t = new Thread(() -> obtain(data), "gan-judge");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void obtain(Dataset data) {
        try {
            ComputeBackend.setThreadsOfThisThread(1);
            status = JudgeStatus.training(0, "Looking for a judge of " + data.id() + "...");
            Judge j = cache.obtain(data, settings, (fraction, text) -> status = JudgeStatus.training(fraction, text),
                    closed::get, note -> LOG.info(note));
            judge = j;
            status = JudgeStatus.ready(j.info());
        } catch (CancellationException e) {
            status = JudgeStatus.unavailable("The judge's training was stopped with the run.");
        } catch (NoJudgeException e) {
            status = JudgeStatus.unavailable(e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("The judge could not be trained", e);
            status = JudgeStatus.unavailable("The judge could not be trained (" + e + ").");
        }
    }

    @Override
    public void samplesRendered(RunContext ctx) {
        Judge j = judge;
        if (j == null || closed.get()) return;
        double trained = ctx.history().last(HistoryColumn.SECONDS);
        if (Double.isNaN(trained) || !budget.allows(trained)) return;
        long start = System.nanoTime();
        ctx.judged().add(measure(j, ctx));
        budget.spent((System.nanoTime() - start) / 1e9);
    }

    private JudgedPoint measure(Judge j, RunContext ctx) {
        GanModel model = ctx.model();
        if (evaluationNoise == null) evaluationNoise = model.prior().sample(new Rng(EVALUATION_SEED), SAMPLES);
        int[] asked = model.conditional() ? balancedLabels(SAMPLES, model.classCount()) : null;
        float[] images = model.generate(evaluationNoise, asked, SAMPLES);
        return JudgeReports.point(ctx.counters().step(), j.report(images, SAMPLES, asked));
    }

    /** n labels cycling through the classes: each class asked for equally often. */
    public static int[] balancedLabels(int n, int classes) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = i % classes;
        return labels;
    }

    /** Seconds spent measuring so far (engine thread; for the benchmark). */
    public double spentSeconds() {
        return budget.spentSeconds();
    }

    @Override
    public void runClosed() {
        closed.set(true);
    }
}
