package org.ganworkbench.ui.app;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The studio's three columns: the knobs on the left, the stage (the sample grid or the 2D lab: what
 * the class looks at) as large a square as the height allows, and the column of tiles and charts in
 * the width that is left.
 *
 * <p>Why not a SplitPane: its divider is a fraction of the width, so a window made smaller squeezed
 * the stage and the charts alike, and at 1280x720 the grid lost its last row. Here the stage is
 * sized first from the height, the chart column keeps a minimum width, and the stage gives way only
 * down to its own minimum.
 */
final class StudioLayout extends Region {

    /**
     * Sizes in pixels for one look (desk or presenter): the sidebar takes a share of the window's
     * width between its least and most; the stage and the chart column have least widths.
     */
    record Sizes(double sidebarShare, double minSidebar, double maxSidebar, double minStage, double minColumn) {
        static final Sizes DESK = new Sizes(0.25, 260, 360, 300, 340);
        static final Sizes PRESENTER = new Sizes(0.24, 250, 420, 400, 320);
    }
    private static final double GAP = 8;
    private static final double PAD = 8;

    private final Node sidebar;
    private final Region stage;
    private final Region column;
    private Sizes sizes = Sizes.DESK;

    StudioLayout(Node sidebar, Region stage, Region column) {
        this.sidebar = sidebar;
        this.stage = stage;
        this.column = column;
        getStyleClass().add("studio-main");
        getChildren().addAll(sidebar, stage, column);
    }

    void setSizes(Sizes value) {
        sizes = value;
        requestLayout();
    }

    /** The sidebar's width at the current width, 0 when it is hidden. */
    double sidebarWidth() {
        if (!sidebar.isVisible()) return 0;
        return Math.floor(Math.max(sizes.minSidebar(), Math.min(sizes.maxSidebar(), getWidth() * sizes.sidebarShare())));
    }

    @Override
    protected void layoutChildren() {
        double side = sidebarWidth();
        double h = getHeight();
        if (side > 0) sidebar.resizeRelocate(0, 0, side, h);
        double x = side > 0 ? side + GAP : 0;
        double w = getWidth() - x - PAD;
        double top = PAD;
        double inner = h - 2 * PAD;
        double square = Math.min(inner, w - GAP - sizes.minColumn());
        square = Math.max(square, Math.min(sizes.minStage(), w / 2));
        stage.resizeRelocate(x, top, Math.floor(square), inner);
        double columnX = x + Math.floor(square) + GAP;
        column.resizeRelocate(columnX, top, Math.max(0, getWidth() - PAD - columnX), inner);
    }

    @Override
    protected double computeMinWidth(double height) {
        return sizes.minSidebar() + sizes.minStage() + sizes.minColumn() + 2 * GAP + PAD;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return sizes.maxSidebar() + 2 * sizes.minColumn() + 2 * GAP + PAD;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }
}
