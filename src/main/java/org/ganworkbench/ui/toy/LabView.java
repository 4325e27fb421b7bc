package org.ganworkbench.ui.toy;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.ganworkbench.engine.train.StepKind;

/**
 * The studio's view of a 2D run: a header (step, slow-motion button, what the last phase did),
 * the layers and drawing tools, and the plane itself.
 */
public final class LabView extends BorderPane {

    private final LabPlaneView plane;
    /** What presenter mode hides: the title (the banner names the run) and the drawing tools. */
    private final java.util.List<javafx.scene.Node> deskOnly = new java.util.ArrayList<>();

    public LabView(LabViewModel vm) {
        getStyleClass().addAll("lab-view", "panel");
        setId("lab-view");
        plane = new LabPlaneView(vm);

        Label title = new Label("2D lab: real vs generated");
        title.getStyleClass().add("panel-title");
        Label step = new Label();
        step.setId("lab-step");
        step.getStyleClass().add("caption");
        step.setMinWidth(USE_PREF_SIZE);
        step.textProperty().bind(vm.stepTextProperty());
        Button next = new Button();
        next.setId("lab-next-phase");
        next.textProperty().bind(Bindings.createStringBinding(() -> vm.nextPhaseProperty().get() == StepKind.D_ONLY
                ? "Slow motion: D step \u25B8" : "Slow motion: G step \u25B8", vm.nextPhaseProperty()));
        next.setTooltip(tip("One phase of a training step at a time: first D learns (the map changes, the points "
                + "stay), then G learns (the points follow their arrows, the map stays)."));
        next.setOnAction(e -> vm.nextPhase());
        next.setFocusTraversable(false);
        next.setMinWidth(USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, step, spacer, next);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");

        Label phase = new Label();
        phase.setId("lab-phase");
        phase.getStyleClass().add("caption");
        phase.setWrapText(true);
        phase.textProperty().bind(vm.phaseProperty());
        phase.managedProperty().bind(phase.textProperty().isNotEmpty());

        ToggleButton field = layer("lab-show-field", "Heat map", "D's output over the plane: blue where D says real. "
                + "For Wasserstein, hinge and least-squares critics a diverging map around the neutral score.", vm.showFieldProperty());
        ToggleButton mesh = layer("lab-show-mesh", "Manifold", "With a 2D latent: how G bends a regular grid of z into the plane.",
                vm.showMeshProperty());
        ToggleButton arrows = layer("lab-show-arrows", "Arrows", "Where the next G update pushes each generated point "
                + "(minus the gradient of G's loss).", vm.showArrowsProperty());
        ToggleGroup tools = new ToggleGroup();
        ToggleButton spray = tool("lab-spray", "Spray", "Draw your own data: drag to spray points. They become the "
                + "next run's dataset.", tools, LabViewModel.Tool.SPRAY, vm);
        ToggleButton erase = tool("lab-erase", "Erase", "Drag to erase drawn points.", tools, LabViewModel.Tool.ERASE, vm);
        vm.toolProperty().addListener((obs, o, n) -> tools.selectToggle(n == LabViewModel.Tool.SPRAY ? spray
                : n == LabViewModel.Tool.ERASE ? erase : null));
        tools.selectedToggleProperty().addListener((obs, o, n) -> vm.toolProperty().set(n == null ? LabViewModel.Tool.LOOK
                : (LabViewModel.Tool) n.getUserData()));
        Button clear = new Button("Clear");
        clear.setId("lab-clear");
        clear.setTooltip(tip("Start a drawing from an empty plane."));
        clear.setOnAction(e -> vm.clearDrawing());
        Button load = new Button("CSV\u2026");
        load.setId("lab-load-csv");
        load.setTooltip(tip("Points from a CSV file (x,y per line) to train on and edit."));
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Load 2D points");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV points", "*.csv", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) vm.loadCsv(file.toPath());
        });
        for (Button b : new Button[] {clear, load}) b.setFocusTraversable(false);
        Separator separator = new Separator(javafx.geometry.Orientation.VERTICAL);
        FlowPane tools1 = new FlowPane(6, 4, field, mesh, arrows, separator, spray, erase, clear, load);
        deskOnly.addAll(java.util.List.of(title, separator, spray, erase, clear, load));
        tools1.setAlignment(Pos.CENTER_LEFT);
        tools1.getStyleClass().add("lab-tools");

        setTop(new VBox(4, header, tools1, phase));
        setCenter(plane);
        BorderPane.setMargin(plane, new javafx.geometry.Insets(6, 0, 0, 0));
    }

    /** Presenter mode: the plane gets the room of the title and the drawing tools, which the class does not need. */
    public void setPresenter(boolean on) {
        plane.setPresenter(on);
        for (javafx.scene.Node n : deskOnly) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
    }

    /** Redraws of the plane so far (tests). */
    public int drawCount() {
        return plane.drawCount();
    }

    private static ToggleButton layer(String id, String text, String tip, javafx.beans.property.BooleanProperty shown) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(tip(tip));
        b.selectedProperty().bindBidirectional(shown);
        b.setFocusTraversable(false);
        return b;
    }

    private static ToggleButton tool(String id, String text, String tip, ToggleGroup group, LabViewModel.Tool tool,
                                     LabViewModel vm) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(tip(tip));
        b.setToggleGroup(group);
        b.setUserData(tool);
        b.setFocusTraversable(false);
        return b;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        return t;
    }
}
