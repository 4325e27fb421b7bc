package org.ganworkbench.ui.dashboard;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.paint.Color;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ThemePalette;

/**
 * The dashboard row of TilesFX tiles. Tiles do not animate: a value eased over 800 ms would lag
 * behind the run and cost frames at every update. The D accuracy gauge marks 50%, where D
 * can no longer tell real from fake.
 *
 * <p>The row shows as many tiles as fit at a readable width, the most telling first (a progressive
 * run's growth, D's accuracy, the learning rates, the speed), rather than squeezing every tile into a
 * projector's column.
 */
public final class DashboardView extends Region {

    private static final double TILE_HEIGHT = 112;
    private static final double PRESENTER_TILE_HEIGHT = 150;
    private static final double MIN_TILE_WIDTH = 118;
    private static final double PRESENTER_MIN_TILE_WIDTH = 150;
    private static final double GAP = 8;
    private static final String MONO = "DejaVu Sans Mono";
    /** DejaVu Sans Mono's advance per character, in ems */
    private static final double MONO_ADVANCE = 0.61;
    /** what a tile leaves its graphic after its own padding */
    private static final double USABLE_WIDTH = 0.8;
    /** Type size of the custom tiles' big text, as a share of the row's height. */
    private static final double BIG_TEXT_SHARE = 0.17;
    /** The growth tile's resolution is its headline: larger than the other tiles' text. */
    private static final double GROWTH_SIDE_SHARE = 0.27;
    private static final double GROWTH_WORDS_SHARE = 0.13;

    private final List<Tile> tiles;
    /** The tiles in the order they are dropped last: the first is kept when only one fits. */
    private final List<Tile> byRank;
    private final Tile accuracy;
    /** A progressive run's stage; shown (and ranked first, it is the lesson) only while the run grows. */
    private final Tile growth;
    private final ObservableBooleanValue growing;
    private double minTileWidth = MIN_TILE_WIDTH;

    public DashboardView(DashboardViewModel vm) {
        getStyleClass().add("dashboard");
        Tile speed = tile(SkinType.NUMBER, "Speed").unit("steps/s").decimals(1).build();
        speed.valueProperty().bind(vm.stepsPerSecondProperty());
        speed.setId("tile-speed");

        Tile epoch = tile(SkinType.CIRCULAR_PROGRESS, "Epoch").decimals(0).valueVisible(false).build();
        epoch.valueProperty().bind(vm.epochPercentProperty());
        epoch.titleProperty().bind(Bindings.concat("Epoch ", vm.epochProperty().asString("%,d")));
        epoch.setId("tile-epoch");

        Label clock = bigText("tile-time-text");
        clock.textProperty().bind(vm.elapsedProperty());
        Tile time = tile(SkinType.CUSTOM, "Training time").graphic(clock).textVisible(true).build();
        time.textProperty().bind(Bindings.concat("step ", vm.stepProperty().asString("%,d")));
        time.setId("tile-time");

        accuracy = tile(SkinType.GAUGE, "D accuracy").unit("%").decimals(0).minValue(0).maxValue(100)
                .threshold(50).thresholdVisible(true)
                .sectionsVisible(true).highlightSections(false).textVisible(true).build();
        accuracy.valueProperty().bind(Bindings.createDoubleBinding(() -> {
            double v = vm.accuracyPercentProperty().get();
            return Double.isFinite(v) ? v : 0;
        }, vm.accuracyPercentProperty()));
        accuracy.textProperty().bind(vm.accuracyVerdictProperty());
        accuracy.setId("tile-accuracy");

        Label rateText = bigText("tile-rates-text");
        rateText.textProperty().bind(vm.learningRatesProperty());
        Tile rates = tile(SkinType.CUSTOM, "Learning rates").graphic(rateText).build();
        rates.setId("tile-rates");
        fitFont(clock, time, 7);     // "1:23:45"
        fitFont(rateText, rates, 8); // "G 2.0e-4"

        growth = growthTile(vm);
        growing = vm.growingProperty();
        growing.addListener((obs, o, n) -> requestLayout());

        tiles = List.of(growth, speed, epoch, time, accuracy, rates);
        byRank = List.of(growth, accuracy, rates, speed, time, epoch);
        getChildren().addAll(tiles);
        setPrefHeight(TILE_HEIGHT);
        setMinHeight(TILE_HEIGHT);
        ThemePalette.redrawOnSwitch(this, this::applyTheme);
    }

    /** The gauge's sections, its 50% mark and the tiles' background in the theme's colours. */
    private void applyTheme() {
        ChartPalette.Gauge colours = ThemePalette.of(this).gauge();
        // D losing, balanced, ahead, winning; new sections, so that the gauge repaints
        accuracy.setSections(new Section(0, 35, colours.low()), new Section(35, 65, colours.fair()),
                new Section(65, 90, colours.high()), new Section(90, 100, colours.wins()));
        accuracy.setThresholdColor(colours.threshold());
        for (Tile t : tiles) t.setBackgroundColor(colours.tileBackground());
    }

    /** The gauge's section colours as drawn now (tests). */
    public List<Color> gaugeColours() {
        return accuracy.getSections().stream().map(Section::getColor).toList();
    }

    /** The tiles' background as drawn now (tests). */
    public Color tileBackground() {
        return accuracy.getBackgroundColor();
    }

    /** How many tiles fit the row's width at their minimum readable width (at least one). */
    public int capacity() {
        return Math.max(1, (int) Math.floor((getWidth() + GAP) / (minTileWidth + GAP)));
    }

    /**
     * "14x14" large, and under it the stage and how far it has faded in, in type a class can read:
     * "stage 2 of 3: 14x14, fading in 63%" split over three lines.
     */
    private Tile growthTile(DashboardViewModel vm) {
        Label side = bigText("tile-growth-text");
        side.textProperty().bind(vm.growthSideProperty());
        Label stage = bigText("tile-growth-stage");
        stage.textProperty().bind(vm.growthStageProperty());
        Label phase = bigText("tile-growth-phase");
        phase.textProperty().bind(vm.growthPhaseProperty());
        VBox lines = new VBox(2, side, stage, phase);
        lines.setAlignment(Pos.CENTER);
        Tile tile = tile(SkinType.CUSTOM, "Growth").graphic(lines).build();
        tile.setId("tile-growth");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.growthLabelProperty());
        Tooltip.install(tile, tip);
        fitFont(side, tile, 5, GROWTH_SIDE_SHARE);    // "28x28"
        fitFont(stage, tile, 12, GROWTH_WORDS_SHARE); // "stage 2 of 3"
        fitFont(phase, tile, 13, GROWTH_WORDS_SHARE); // "fading in 63%"
        return tile;
    }

    /** The tiles this run has: all but the growth tile unless the run grows. */
    private List<Tile> shown(List<Tile> order) {
        return growing.get() ? order : order.stream().filter(t -> t != growth).toList();
    }

    @Override
    protected double computePrefWidth(double height) {
        return shown(tiles).size() * (minTileWidth + GAP);
    }

    @Override
    protected double computeMinWidth(double height) {
        return minTileWidth;
    }

    @Override
    protected void layoutChildren() {
        List<Tile> ranked = shown(byRank);
        List<Tile> kept = ranked.subList(0, Math.min(ranked.size(), capacity()));
        double each = (getWidth() - GAP * (kept.size() - 1)) / kept.size();
        double x = 0;
        for (Tile t : tiles) {
            boolean on = kept.contains(t);
            t.setVisible(on);
            if (!on) continue;
            t.resizeRelocate(Math.round(x), 0, Math.floor(each), getHeight());
            x += each + GAP;
        }
    }

    /** Large white text for the custom tiles; its size follows the tile's height. */
    private Label bigText(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("tile-big-text");
        label.setStyle("-fx-text-fill: white;"); // inline: an author stylesheet would override setTextFill
        return label;
    }

    /** Large type that grows with the row's height but never outgrows its tile's width (presenter mode at 1280x720). */
    private void fitFont(Label label, Tile tile, int longestText) {
        fitFont(label, tile, longestText, BIG_TEXT_SHARE);
    }

    private void fitFont(Label label, Tile tile, int longestText, double heightShare) {
        label.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(MONO, fontSize(heightProperty().get(), tile.getWidth(), longestText, heightShare)),
                heightProperty(), tile.widthProperty()));
    }

    static double fontSize(double rowHeight, double tileWidth, int longestText) {
        return fontSize(rowHeight, tileWidth, longestText, BIG_TEXT_SHARE);
    }

    static double fontSize(double rowHeight, double tileWidth, int longestText, double heightShare) {
        double byHeight = rowHeight * heightShare;
        double byWidth = tileWidth * USABLE_WIDTH / (longestText * MONO_ADVANCE);
        return Math.max(14, Math.min(byHeight, byWidth));
    }

    private static TileBuilder<?> tile(SkinType skin, String title) {
        return TileBuilder.create().skinType(skin).title(title).animated(false).prefSize(150, 150).roundedCorners(true);
    }

    /** Taller tiles and larger text for a projector. */
    public void setPresenter(boolean presenter) {
        minTileWidth = presenter ? PRESENTER_MIN_TILE_WIDTH : MIN_TILE_WIDTH;
        setPrefHeight(presenter ? PRESENTER_TILE_HEIGHT : TILE_HEIGHT);
        setMinHeight(presenter ? PRESENTER_TILE_HEIGHT : TILE_HEIGHT);
        requestLayout();
        for (Tile t : tiles) {
            t.setPrefSize(150, presenter ? PRESENTER_TILE_HEIGHT : TILE_HEIGHT);
            t.setTextSize(presenter ? Tile.TextSize.BIGGER : Tile.TextSize.NORMAL);
        }
    }
}
