package org.ganworkbench.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The chart column: as many charts as fit at a readable height, never more, with a chip per chart
 * to choose which. A projector at 1280x720 has room for one or two charts in presenter type; a
 * desk screen for all. Squeezing five charts into 600 pixels made every one of them unreadable.
 *
 * <p>Which charts show: the most recently chosen ones that are available (2D quality charts only
 * for 2D runs), as many as {@link #capacity()} allows, drawn in the deck's own order. Choosing a
 * chart when the deck is full pushes out the one chosen longest ago; it comes back by itself when
 * the window grows again.
 */
public final class ChartDeck extends VBox {

    /**
     * A chart in the deck: its chip's short name, what the chip's tooltip says, when it applies, and
     * its rank (1 = shown first when there is room for only one).
     */
    public record Entry(String chip, String description, Region chart, ObservableBooleanValue available,
                        int rank) {
    }

    private static final double GAP = 6;

    private final List<Entry> entries = new ArrayList<>();
    private final List<ToggleButton> chips = new ArrayList<>();
    /** Chosen charts, the most recently chosen last. */
    private final List<Entry> chosen = new ArrayList<>();
    private final FlowPane chipRow = new FlowPane(4, 4);
    private final Stack stack = new Stack();
    private final DoubleProperty minChartHeight = new SimpleDoubleProperty(130);

    public ChartDeck() {
        getStyleClass().add("chart-deck");
        setSpacing(GAP);
        chipRow.getStyleClass().add("chart-chips");
        chipRow.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().addAll(chipRow, stack);
        minChartHeight.addListener((obs, o, n) -> refresh());
        stack.heightProperty().addListener((obs, o, n) -> refresh());
    }

    /** Adds charts at the end of the deck's order; they start chosen, by their rank. */
    public void add(Entry... added) {
        chosen.addAll(List.of(added));
        chosen.sort(java.util.Comparator.comparingInt(Entry::rank).reversed());
        for (Entry e : added) {
            entries.add(e);
            e.chart().setMinHeight(0);
            stack.add(e.chart());
            ToggleButton chip = new ToggleButton(e.chip());
            chip.getStyleClass().add("chart-chip");
            chip.setTooltip(new Tooltip(e.description()));
            chip.setFocusTraversable(false);
            chip.setOnAction(ev -> toggle(e));
            chip.visibleProperty().bind(e.available());
            chip.managedProperty().bind(chip.visibleProperty());
            chips.add(chip);
            chipRow.getChildren().add(chip);
            e.available().addListener((obs, o, n) -> refresh());
        }
        refresh();
    }

    private void toggle(Entry e) {
        boolean wasShown = shown().contains(e);
        chosen.remove(e);
        if (!wasShown) chosen.add(e);
        refresh();
    }

    /** The height below which a chart would be unreadable: its title, axis labels and a plot area. */
    public DoubleProperty minChartHeightProperty() {
        return minChartHeight;
    }

    /** Room for the chips and one chart at its least readable height. */
    @Override
    protected double computeMinHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + chipRow.prefHeight(inner) + GAP + minChartHeight.get() + snappedBottomInset();
    }

    /** How many charts fit the deck's height at their minimum height (at least one). */
    public int capacity() {
        double h = stack.getHeight();
        if (h <= 0) return entries.size();
        return Math.max(1, (int) Math.floor((h + GAP) / (minChartHeight.get() + GAP)));
    }

    /** The charts on screen, in the deck's order. */
    public List<Entry> shown() {
        List<Entry> available = chosen.stream().filter(e -> e.available().get()).toList();
        List<Entry> recent = available.subList(Math.max(0, available.size() - capacity()), available.size());
        return entries.stream().filter(recent::contains).toList();
    }

    private void refresh() {
        List<Entry> shown = shown();
        for (int i = 0; i < entries.size(); i++) {
            boolean on = shown.contains(entries.get(i));
            entries.get(i).chart().setVisible(on);
            chips.get(i).setSelected(on);
        }
        stack.requestLayout();
    }

    /** Lays the shown charts out one above the other, sharing the height equally. */
    private final class Stack extends Region {
        Stack() {
            setMinHeight(0);
        }

        void add(Region chart) {
            getChildren().add(chart);
        }

        @Override
        protected double computeMinHeight(double width) {
            return Math.min(minChartHeight.get(), 60);
        }

        @Override
        protected double computePrefHeight(double width) {
            return minChartHeight.get() * Math.max(1, entries.size());
        }

        @Override
        protected void layoutChildren() {
            List<Entry> shown = shown();
            double each = shown.isEmpty() ? 0 : (getHeight() - GAP * (shown.size() - 1)) / shown.size();
            double y = 0;
            for (Entry e : entries) {
                if (!shown.contains(e)) continue;
                e.chart().resizeRelocate(0, Math.round(y), getWidth(), Math.floor(each));
                y += each + GAP;
            }
        }
    }
}
