package org.ganworkbench.ui.quality;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganworkbench.engine.metrics.ScoreAxis;
import org.ganworkbench.engine.train.DOutputHistory;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * D's view over time: where D puts real and generated examples on its output axis, one column per
 * few steps. Reads only new columns each UI pulse (the newest is re-read while it fills) and
 * publishes a frame at most as wide as a chart is, merging neighbouring columns of long runs.
 * FX thread only.
 */
public final class DViewViewModel {

    /** Columns drawn at most: a chart is rarely wider in pixels. */
    static final int MAX_COLUMNS = 600;
    /** While training, a new frame every few pulses (about 3 a second): a strip needs less than numbers. */
    static final int PULSES_PER_FRAME = 3;

    private final RunViewModel run;
    private final ObjectProperty<DViewFrame> frame = new SimpleObjectProperty<>();
    private final List<DOutputHistory.Column> columns = new ArrayList<>();
    private TrainingRun seen;
    private int rewindsSeen;
    private DOutputHistory history;
    private int markerCount;
    private int lastSize;
    private long lastStepSeen = -1;
    private int pulses;

    public DViewViewModel(RunViewModel run) {
        this.run = run;
        run.runNumberProperty().addListener((obs, old, now) -> update());
        run.addPulseListener(this::update);
    }

    public void update() {
        TrainingRun engineRun = run.engineRun();
        if (engineRun != seen || engineRun != null && engineRun.rewinds() != rewindsSeen) {
            seen = engineRun;
            rewindsSeen = engineRun == null ? 0 : engineRun.rewinds();
            RunRecords r = RunRecords.of(engineRun);
            history = r == null ? null : r.dOutputs();
            columns.clear();
            lastSize = 0;
            lastStepSeen = -1;
            markerCount = 0;
            frame.set(null);
        }
        if (history == null) return;
        if (++pulses < PULSES_PER_FRAME && run.state() == org.ganworkbench.engine.event.RunState.RUNNING) return;
        pulses = 0;
        int size = history.size();
        int marks = run.interventions().size();
        List<DOutputHistory.Column> fresh = history.since(Math.max(0, columns.size() - 1));
        long newest = fresh.isEmpty() ? -1 : fresh.get(fresh.size() - 1).lastStep();
        if (size == lastSize && newest == lastStepSeen && marks == markerCount) return;
        if (!columns.isEmpty() && !fresh.isEmpty()) columns.remove(columns.size() - 1); // the last one was still filling
        columns.addAll(fresh);
        lastSize = size;
        lastStepSeen = newest;
        markerCount = marks;
        frame.set(columns.isEmpty() ? null : build(columns, history.axis(), run.interventions()));
    }

    /** Merges columns to at most {@link #MAX_COLUMNS} and turns counts into shares per column. */
    static DViewFrame build(List<DOutputHistory.Column> all, ScoreAxis axis, List<org.ganworkbench.engine.train.Intervention> markers) {
        int bins = ScoreAxis.BINS;
        int per = (all.size() + MAX_COLUMNS - 1) / MAX_COLUMNS;
        int n = (all.size() + per - 1) / per;
        float[] real = new float[n * bins];
        float[] fake = new float[n * bins];
        for (int c = 0; c < n; c++) {
            long[] r = new long[bins];
            long[] f = new long[bins];
            for (int i = c * per; i < Math.min(all.size(), (c + 1) * per); i++) {
                for (int b = 0; b < bins; b++) {
                    r[b] += all.get(i).real()[b];
                    f[b] += all.get(i).fake()[b];
                }
            }
            shares(r, real, c * bins);
            shares(f, fake, c * bins);
        }
        long first = Math.max(1, all.get(0).lastStep() - DOutputHistory.STEPS_PER_COLUMN + 1);
        return new DViewFrame(n, bins, real, fake, first, all.get(all.size() - 1).lastStep(), axis, List.copyOf(markers));
    }

    private static void shares(long[] counts, float[] out, int from) {
        long total = 0;
        for (long c : counts) total += c;
        if (total == 0) return;
        for (int b = 0; b < counts.length; b++) out[from + b] = (float) counts[b] / total;
    }

    /** The latest frame to draw, or null before the first step. */
    public ReadOnlyObjectProperty<DViewFrame> frameProperty() {
        return frame;
    }
}
