package org.ganworkbench.ui.charts;

import java.util.List;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.train.Intervention;

/**
 * What one chart shows: its series, whether its y axis is logarithmic, an optional horizontal
 * reference line (0.5 on the D output chart: where D cannot tell real from fake), and the knob
 * changes and a progressive run's growth to mark. Filled by {@link TrainingChartsViewModel}; drawn by {@link TimeSeriesChart}.
 */
public final class ChartModel {

    private String title;
    private final String yLabel;
    private final List<ChartSeries> series;
    private final boolean logY;
    private double referenceY = Double.NaN;
    private String referenceLabel = "";
    private List<Intervention> markers = List.of();
    private List<GrowthStatus.Marker> growthMarkers = List.of();
    private String xLabel = "step";
    private String emptyMessage = "No steps yet: press Start.";

    public ChartModel(String title, String yLabel, boolean logY, ChartSeries... series) {
        this.title = title;
        this.yLabel = yLabel;
        this.logY = logY;
        this.series = List.of(series);
    }

    public String title() {
        return title;
    }

    /** A chart may name what it shows more precisely once it knows, e.g. the judge's accuracy. */
    public void setTitle(String value) {
        title = value;
    }

    public String yLabel() {
        return yLabel;
    }

    public List<ChartSeries> series() {
        return series;
    }

    public boolean logY() {
        return logY;
    }

    public double referenceY() {
        return referenceY;
    }

    public String referenceLabel() {
        return referenceLabel;
    }

    public void setReference(double y, String label) {
        referenceY = y;
        referenceLabel = label;
    }

    /** The x axis's word ("step"; "iter" for style transfer) and what an empty chart says. */
    public void setXWords(String label, String whenEmpty) {
        xLabel = label;
        emptyMessage = whenEmpty;
    }

    public String xLabel() {
        return xLabel;
    }

    public String emptyMessage() {
        return emptyMessage;
    }

    public List<Intervention> markers() {
        return markers;
    }

    /** The knob changes to mark; any view model that feeds a chart keeps them current. */
    public void setMarkers(List<Intervention> value) {
        markers = value;
    }

    /** A progressive run's stage changes and fade-in ends: drawn apart from the knob changes, which sessions save. */
    public List<GrowthStatus.Marker> growthMarkers() {
        return growthMarkers;
    }

    public void setGrowthMarkers(List<GrowthStatus.Marker> value) {
        growthMarkers = List.copyOf(value);
    }

    public void clear() {
        series.forEach(ChartSeries::clear);
        markers = List.of();
        growthMarkers = List.of();
    }

    /** Steps covered by any series, or NaN when empty. */
    public double firstStep() {
        return series.stream().mapToDouble(s -> s.raw().firstX()).filter(Double::isFinite).min().orElse(Double.NaN);
    }

    public double lastStep() {
        return series.stream().mapToDouble(s -> s.raw().lastX()).filter(Double::isFinite).max().orElse(Double.NaN);
    }
}
