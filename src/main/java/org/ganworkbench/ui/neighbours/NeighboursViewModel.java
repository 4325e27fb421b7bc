package org.ganworkbench.ui.neighbours;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.judge.Judge;
import org.ganworkbench.engine.judge.JudgeCache;
import org.ganworkbench.engine.judge.JudgeTraining;
import org.ganworkbench.engine.judge.Judges;
import org.ganworkbench.engine.judge.LiveJudge;
import org.ganworkbench.engine.judge.NearestNeighbours;
import org.ganworkbench.engine.judge.NoJudgeException;
import org.ganworkbench.engine.session.RunExports;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * "Did it just copy?": fresh samples of the studio's run, and for any one (or the whole grid) its
 * nearest training images, by pixels and by the judge's features, with distances. The search index
 * (every training image through the judge once) is built on first use and kept for the run's data;
 * the judge used here is a copy of its own, never the live run's. One job at a time; FX thread only.
 */
public final class NeighboursViewModel {

    /** Samples drawn per grid: enough to spot a copy, few enough to check at once. */
    public static final int SAMPLES = 16;
    /** Neighbours shown per space for one sample. */
    public static final int NEIGHBOURS = 6;

    private final RunViewModel run;
    private final Notices notices;
    private final TaskRunner tasks;
    private final JudgeCache cache;
    private final ObservableList<PixelImage> samples = FXCollections.observableArrayList();
    private final ObservableList<NeighbourRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("Draw samples from the studio's run, then pick one.");
    private float[] values;
    private DataShape shape;
    private Dataset data;
    private NearestNeighbours index;
    private String indexedFingerprint;
    private long seed = 1;

    public NeighboursViewModel(RunViewModel run, Notices notices, TaskRunner tasks) {
        this(run, notices, tasks, JudgeCache.inUserCache());
    }

    public NeighboursViewModel(RunViewModel run, Notices notices, TaskRunner tasks, JudgeCache cache) {
        this.run = run;
        this.notices = notices;
        this.tasks = tasks;
        this.cache = cache;
        run.runNumberProperty().addListener((obs, old, now) -> {
            samples.clear();
            rows.clear();
            values = null;
        });
    }

    private record Draw(Dataset data, float[] values, DataShape shape, int classes) {
    }

    /** Draws {@link #SAMPLES} fresh samples from the studio's run (between two of its steps). */
    public void drawSamples() {
        TrainingRun engineRun = run.engineRun();
        if (engineRun == null || busy.get()) {
            if (engineRun == null) status.set("No run yet: start or open one in the training studio.");
            return;
        }
        busy.set(true);
        long s = seed++;
        tasks.run("Drawing samples", p -> engineRun.submit(ctx -> {
            int classes = ctx.model().classCount();
            int[] asked = classes > 0 ? LiveJudge.balancedLabels(SAMPLES, classes) : null;
            return new Draw(ctx.dataset(), RunExports.generate(ctx, SAMPLES, s, asked), ctx.model().shape(), classes);
        }).get(), d -> {
            busy.set(false);
            if (!d.shape().isImage()) {
                status.set("This run generates 2D points; nearest neighbours compare images.");
                return;
            }
            data = d.data();
            shape = d.shape();
            values = d.values();
            rows.clear();
            samples.setAll(images(values, SAMPLES, shape));
            status.set(data == null ? "The run's training data is not here: there is nothing to compare with."
                    : "Pick a sample, or check the whole grid.");
        }, failure -> {
            busy.set(false);
            notices.error("Could not draw samples: " + Notices.describe(failure));
        });
    }

    /** The nearest training images of sample {@code i}. */
    public void showNeighboursOf(int i) {
        search(new int[] {i}, NEIGHBOURS);
    }

    /** The nearest training image of every sample: does any sit on top of a training image? */
    public void checkWholeGrid() {
        int[] all = new int[samples.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        search(all, 2);
    }

    private void search(int[] which, int k) {
        if (values == null || data == null || busy.get()) return;
        busy.set(true);
        Dataset d = data;
        float[] v = values;
        DataShape s = shape;
        tasks.run("Nearest training images", p -> {
            NearestNeighbours idx = indexFor(d, p);
            int size = s.size();
            float[] queries = new float[which.length * size];
            for (int q = 0; q < which.length; q++) System.arraycopy(v, which[q] * size, queries, q * size, size);
            return rowsOf(idx.find(queries, which.length, k), which, v, d, s);
        }, found -> {
            busy.set(false);
            rows.setAll(found);
            status.set(summary(found));
        }, failure -> {
            busy.set(false);
            notices.error("Could not search the training images: " + Notices.describe(failure));
        });
    }

    /** The index of {@code d}, built once (on the background thread): the judge when there can be one, pixels otherwise. */
    private NearestNeighbours indexFor(Dataset d, TaskRunner.Progress p) {
        if (index != null && d.fingerprint().equals(indexedFingerprint)) return index;
        Judge judge = null;
        try {
            Judges.useOneCore();
            p.message("Getting the judge of " + d.id());
            judge = cache.obtain(d, JudgeTraining.Settings.DEFAULT,
                    (f, t) -> p.message(String.format(Locale.ROOT, "%s (%.0f%%)", t, 100 * f)), p::cancelled, p::message);
        } catch (NoJudgeException e) {
            p.message(e.getMessage());
        }
        NearestNeighbours built = NearestNeighbours.index(d, judge, (f, t) -> {
            p.update(Math.round(1000 * f), 1000);
            p.message(t);
        }, p::cancelled);
        index = built;
        indexedFingerprint = d.fingerprint();
        return built;
    }

    private static List<NeighbourRow> rowsOf(List<NearestNeighbours.Neighbours> found, int[] which, float[] v, Dataset d,
                                             DataShape s) {
        List<PixelImage> sampleImages = images(v, v.length / s.size(), s);
        List<NeighbourRow> out = new ArrayList<>();
        float[] one = new float[s.size()];
        for (int q = 0; q < which.length; q++) {
            out.add(new NeighbourRow(which[q], sampleImages.get(which[q]), cells(found.get(q).pixels(), d, s, one),
                    cells(found.get(q).features(), d, s, one)));
        }
        return out;
    }

    private static List<NeighbourCell> cells(List<NearestNeighbours.Match> matches, Dataset d, DataShape s, float[] one) {
        List<NeighbourCell> out = new ArrayList<>();
        for (NearestNeighbours.Match m : matches) {
            d.copyExample(m.index(), one, 0);
            String name = m.label() >= 0 ? " \u00b7 " + d.classNames().get(m.label()) : "";
            out.add(new NeighbourCell(images(one, 1, s).get(0), String.format(Locale.ROOT, "%.1f%s", m.distance(), name),
                    m.distance()));
        }
        return out;
    }

    static List<PixelImage> images(float[] values, int n, DataShape s) {
        SampleImages all = SampleImages.fromFloats(values, n, s.channels(), s.height(), s.width());
        List<PixelImage> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new PixelImage(all.width(), all.height(), all.image(i)));
        return out;
    }

    private String summary(List<NeighbourRow> found) {
        double nearest = found.stream().mapToDouble(r -> r.byPixels().get(0).distance()).min().orElse(Double.NaN);
        return String.format(Locale.ROOT, "Nearest pixel distance %.1f (two training images are typically %.0f apart; a copy "
                + "would be near 0).%s", nearest, typicalDistance(), found.get(0).byJudge().isEmpty()
                ? " No judge for this data: pixels only." : "");
    }

    private double typicalDistance() {
        return data == null ? Double.NaN : NeighbourScale.typicalDistance(data);
    }

    public ObservableList<PixelImage> samples() {
        return samples;
    }

    /** The search's results: one row for a picked sample, or one per sample for the whole grid. */
    public ObservableList<NeighbourRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
