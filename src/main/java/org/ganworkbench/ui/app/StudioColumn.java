package org.ganworkbench.ui.app;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.ganworkbench.ui.charts.ChartDeck;

/**
 * The column beside the stage: the headline number (2D runs), the tiles, the chart deck and under it
 * the checkpoint timeline. When the
 * height cannot hold all three with one chart at a readable height, the tiles give way: the headline
 * says what the class must see, and a chart squashed to a strip says nothing.
 */
final class StudioColumn extends Region {

    private static final double GAP = 8;

    private final Node headline;
    private final Region tiles;
    private final ChartDeck deck;
    private final Region timeline;

    StudioColumn(Node headline, Region tiles, ChartDeck deck, Region timeline) {
        this.headline = headline;
        this.tiles = tiles;
        this.deck = deck;
        this.timeline = timeline;
        getChildren().addAll(headline, tiles, deck, timeline);
        setMinWidth(0);
        setMinHeight(0);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double y = 0;
        if (headline.isManaged()) {
            double hh = headline.prefHeight(w);
            headline.resizeRelocate(0, 0, w, hh);
            y = hh + GAP;
        }
        // the timeline gives way only when a chart would be squashed (a projector's short column in presenter type)
        double timelineHeight = timeline.prefHeight(w);
        boolean timelineFits = getHeight() - y - timelineHeight - GAP >= deck.minHeight(w);
        timeline.setVisible(timelineFits);
        double bottom = timelineFits ? getHeight() - timelineHeight - GAP : getHeight();
        if (timelineFits) timeline.resizeRelocate(0, getHeight() - timelineHeight, w, timelineHeight);
        double tileHeight = tiles.prefHeight(w);
        boolean tilesFit = bottom - y - tileHeight - GAP >= deck.minHeight(w);
        tiles.setVisible(tilesFit);
        if (tilesFit) {
            tiles.resizeRelocate(0, y, w, tileHeight);
            y += tileHeight + GAP;
        }
        deck.resizeRelocate(0, y, w, Math.max(0, bottom - y));
    }

    /** True while the checkpoint timeline is on screen (tests). */
    boolean timelineShown() {
        return timeline.isVisible();
    }

    /** True while the tiles are on screen (tests). */
    boolean tilesShown() {
        return tiles.isVisible();
    }
}
