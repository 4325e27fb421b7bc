package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.charts.ChartDeck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The studio at the sizes it meets (a 1280x720 or 1024x768 projector, a 1366x768 laptop, full HD),
 * at the desk and in presenter mode, for an image run and a 2D run: what the class must see lies
 * wholly inside the window at a readable size. The banner carries the longest built-in caption.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class StudioLayoutTest {

    static final double[][] SIZES = {{1280, 720}, {1024, 768}, {1366, 768}, {1920, 1080}};
    /** The longest caption a preset may have (PresetCaptionsTest holds them to it). */
    static final int MAX_CAPTION = 260;

    private final StudioFixture app = new StudioFixture();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void anImageRunFitsEverySize(FxRobot robot) throws Exception {
        train(robot, UiTestConfigs.tinyDigits());
        app.waitUntil("samples on screen", () -> robot.lookup("#sample-grid").query().isVisible()
                && app.vm.samples().gridProperty().get() != null);
        checkEverySize(robot, "#sample-grid");
    }

    @Test
    void a2dRunFitsEverySize(FxRobot robot) throws Exception {
        train(robot, UiTestConfigs.tinyRing());
        app.waitUntil("the live modes number", () -> robot.lookup("#modes-covered").queryAs(Label.class).isVisible());
        checkEverySize(robot, "#lab-plane");
    }

    /** Loads {@code config} under a caption as long as a preset's may be, and trains it a few steps. */
    private void train(FxRobot robot, GanConfig config) throws Exception {
        Preset longest = Presets.all().stream().max(Comparator.comparingInt(p -> p.title().length())).orElseThrow();
        String caption = "x".repeat(MAX_CAPTION).replaceAll("x{9}", "Captions ").trim();
        app.fx(() -> {
            app.vm.editor().loadPreset(new Preset("layout", longest.title(), caption, config));
            app.vm.run().startFresh(app.vm.editor().config(), "layout", 12);
            return null;
        });
        app.waitUntil("twelve steps", () -> app.vm.run().step() >= 12);
    }

    @Test
    void theLatentExplorerFitsEverySize(FxRobot robot) throws Exception {
        train(robot, UiTestConfigs.tinyDigits());
        robot.clickOn("Latent explorer");
        app.waitUntil("G(z) on screen", () -> robot.lookup("#latent-image-image").queryAs(javafx.scene.image.ImageView.class)
                .getImage() != null);
        checkEverySize(robot, presenter -> {
            List<String> problems = new ArrayList<>();
            double w = stage.getScene().getWidth();
            double h = stage.getScene().getHeight();
            Node picture = robot.lookup("#latent-image").query();
            inside(problems, "G(z)", picture, w, h);
            Bounds p = picture.localToScene(picture.getBoundsInLocal());
            if (Math.min(p.getWidth(), p.getHeight()) < (presenter ? 340 : 300)) problems.add("G(z) is " + size(p));
            for (String id : List.of("#latent-slider-0", "#latent-randomize", "#latent-paste", "#latent-tools",
                    "#lesson-heading")) {
                inside(problems, id, robot.lookup(id).query(), w, h);
            }
            for (Button b : robot.lookup(".latent-sliders .button").queryAllAs(Button.class)) {
                if (b.getWidth() + 0.5 < b.prefWidth(-1)) problems.add("button '" + b.getText() + "' is cut short");
            }
            return problems;
        });
    }

    private void checkEverySize(FxRobot robot, String stageQuery) throws Exception {
        checkEverySize(robot, presenter -> check(robot, stageQuery, presenter));
    }

    private void checkEverySize(FxRobot robot, java.util.function.Function<Boolean, List<String>> check) throws Exception {
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            for (boolean presenter : new boolean[] {false, true}) {
                app.fx(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    app.vm.presenterProperty().set(presenter);
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    return null;
                });
                Thread.sleep(200); // a pulse for the deck to settle on its capacity
                String where = (int) size[0] + "x" + (int) size[1] + (presenter ? " presenter" : " desk") + ": ";
                problems.addAll(app.fx(() -> check.apply(presenter)).stream().map(p -> where + p).toList());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private List<String> check(FxRobot robot, String stageQuery, boolean presenter) {
        List<String> problems = new ArrayList<>();
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        Node picture = robot.lookup(stageQuery).query();
        inside(problems, "the picture", picture, w, h);
        Bounds p = picture.localToScene(picture.getBoundsInLocal());
        double least = presenter ? 340 : 300;
        if (Math.min(p.getWidth(), p.getHeight()) < least) {
            problems.add("the picture is " + size(p) + ", less than " + least + " px square");
        }
        for (String id : List.of("#lesson-heading", "#status-run", "#studio-column", "#knob-text-lr-g",
                "#knob-text-lr-d", "#start", "#reset")) {
            inside(problems, id, robot.lookup(id).query(), w, h);
        }
        // the one big number: the judge's headline for images; for 2D data the modes covered (the tiles may fold)
        boolean image = stageQuery.equals("#sample-grid");
        // (the judge's row: its number once it has measured, its status until then)
        Label big = robot.lookup(image ? "#judge-headline" : "#modes-covered").queryAs(Label.class);
        inside(problems, "the big number", image ? robot.lookup("#judge-headline-row").query() : big, w, h);
        if (presenter && big.getFont().getSize() < 18) problems.add("the big number's type is " + big.getFont().getSize() + " px");
        for (Button b : robot.lookup(".run-controls .button").queryAllAs(Button.class)) {
            // (Grow now is left out of the layout, invisible, unless the run grows)
            if (b.isVisible() && b.getWidth() + 0.5 < b.prefWidth(-1)) problems.add("button '" + b.getText() + "' is cut short");
        }
        if (image) {
            Node samples = robot.lookup(".samples-view").query();
            Bounds panel = samples.localToScene(samples.getBoundsInLocal());
            Node column = robot.lookup("#studio-column").query();
            Bounds right = column.localToScene(column.getBoundsInLocal());
            if (panel.getMaxX() > right.getMinX() + 0.5) {
                problems.add("the samples panel " + size(panel) + " runs under the studio column " + size(right));
            }
            for (Label title : robot.lookup(".samples-view .panel-title").queryAllAs(Label.class)) {
                if (title.isVisible() && title.getWidth() + 0.5 < title.prefWidth(-1)) {
                    problems.add("the grid's title '" + title.getText() + "' is cut short");
                }
            }
        }
        knobValuesInView(robot, problems);
        ChartDeck deck = robot.lookup("#chart-deck").queryAs(ChartDeck.class);
        if (deck.shown().isEmpty()) problems.add("no chart shown");
        double chartLeast = presenter ? StudioWindow.PRESENTER_CHART_HEIGHT : StudioWindow.DESK_CHART_HEIGHT;
        for (ChartDeck.Entry e : deck.shown()) {
            javafx.scene.layout.Region c = e.chart();
            inside(problems, "chart " + e.chip(), c, w, h);
            if (c.getHeight() + 0.5 < chartLeast) problems.add("chart " + e.chip() + " is " + c.getHeight() + " px high");
        }
        Label modes = robot.lookup("#modes-covered").queryAs(Label.class);
        if (presenter) {
            Text caption = robot.lookup("#lesson-caption").queryAs(Text.class);
            if (caption.getFont().getSize() < 18) problems.add("caption type " + caption.getFont().getSize() + " px");
            if (shown(modes) && modes.getFont().getSize() < 18) problems.add("modes type is small");
        }
        return problems;
    }

    /** The knob boxes must be readable inside the sidebar's scroll viewport, not under its edge. */
    private static void knobValuesInView(FxRobot robot, List<String> problems) {
        Node viewport = robot.lookup("#studio-sidebar .scroll-pane .viewport").query();
        Bounds view = viewport.localToScene(viewport.getBoundsInLocal());
        for (String id : List.of("#knob-text-lr-g", "#knob-text-lr-d")) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            if (b.getMaxX() > view.getMaxX()) problems.add(id + " runs under the sidebar's edge: " + size(b) + " in " + size(view));
        }
    }

    /** Visible, and so are all its parents. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }

    private static void inside(List<String> problems, String what, Node node, double w, double h) {
        if (!shown(node)) {
            problems.add(what + " is hidden");
            return;
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
            problems.add(what + " is not wholly inside the window: " + size(b));
        }
        if (b.getWidth() < 1 || b.getHeight() < 1) problems.add(what + " has no size: " + size(b));
    }

    private static String size(Bounds b) {
        return String.format("%.0f,%.0f %.0fx%.0f", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    @Test
    void theDeckKeepsTheMostRecentlyChosenChartWhenFull(FxRobot robot) throws Exception {
        ChartDeck deck = robot.lookup("#chart-deck").queryAs(ChartDeck.class);
        app.fx(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            app.vm.presenterProperty().set(true);
            return null;
        });
        app.waitUntil("one chart in presenter mode at 720 px", () -> deck.shown().size() == 1);
        assertTrue(app.fx(() -> deck.shown().get(0).chip().equals("Loss")), "the loss chart first");
        robot.clickOn(robot.lookup(".chart-chip").lookup((Node n) -> n instanceof javafx.scene.control.ToggleButton t
                && t.getText().equals("Gradients")).queryAs(javafx.scene.control.ToggleButton.class));
        app.waitUntil("the gradient chart instead", () -> deck.shown().size() == 1
                && deck.shown().get(0).chip().equals("Gradients"));
        app.fx(() -> {
            app.vm.presenterProperty().set(false);
            stage.setHeight(1080);
            return null;
        });
        app.waitUntil("the training charts among them at the desk on a tall window", () -> deck.shown().size() >= 3
                && deck.shown().stream().map(ChartDeck.Entry::chip).toList().containsAll(List.of("Loss", "D(x)", "Gradients")));
        assertFalse(app.fx(() -> robot.lookup("#loss-chart").query().isVisible() == false));
    }
}
