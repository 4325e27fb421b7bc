package org.ganworkbench.ui.latent;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganworkbench.ui.layout.StageLayout;

/**
 * The latent explorer tab: where the generator comes from on top; sliders on the left; G(z) in the
 * middle, as large as the height allows (or, for a 2D toy run, the warped latent grid with G(z) on
 * it); interpolation, 2D grid and random walk on the right.
 */
public final class LatentExplorerView extends BorderPane {

    private final LatentExplorerModels models;
    /** Asks which session to explore (the window's file dialog). */
    private final Supplier<Optional<Path>> chooseSession;

    public LatentExplorerView(LatentExplorerModels models, Supplier<Optional<Path>> chooseSession) {
        this.models = models;
        this.chooseSession = chooseSession;
        setId("latent-explorer");
        getStyleClass().add("latent-explorer");
        setTop(sourceBar());

        SliderPanel sliders = new SliderPanel(models.sliders(), () -> Clipboard.getSystemClipboard().getString(), text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });

        PixelView image = new PixelView("latent-image", "G(z) appears here once there is a generator: train a run, or open a session.", 12);
        models.sliders().imageProperty().addListener((obs, o, n) -> image.show(n));
        ManifoldView manifold = new ManifoldView();
        models.manifold().pictureProperty().addListener((obs, o, n) -> manifold.show(n, models.sliders().pointProperty().get()));
        models.sliders().pointProperty().addListener((obs, o, n) -> manifold.show(models.manifold().pictureProperty().get(), n));
        StackPane picture = new StackPane(image, manifold);
        picture.setMinSize(0, 0);
        manifold.setVisible(false);
        models.info().addListener((obs, o, info) -> {
            boolean points = info != null && !info.isImage();
            manifold.setVisible(points);
            image.setVisible(!points);
        });
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(models.info().map(i -> i != null && !i.isImage()
                ? "G(z) on the plane, over G's warped latent grid" : "G(z)").orElse("G(z)"));
        VBox middle = new VBox(6, title, picture);
        VBox.setVgrow(picture, Priority.ALWAYS);
        middle.setMinSize(0, 0);
        middle.getStyleClass().add("latent-pane");
        middle.setPadding(new javafx.geometry.Insets(8));
        middle.setAlignment(Pos.TOP_CENTER);

        TabPane tools = new TabPane(
                new Tab("Interpolation", scrolling(new InterpolationView(models.interpolation()))),
                new Tab("2D latent grid", new LatentGridView(models.grid(), models.sliders())),
                new Tab("Random walk", new LatentWalkView(models.walk())));
        tools.setId("latent-tools");
        tools.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tools.setMinWidth(0);
        // G(z) is what the class looks at: the largest square the height allows, between the sliders
        // and the tools (the same layout as the studio's)
        setCenter(new StageLayout(sliders, middle, tools));
    }

    private HBox sourceBar() {
        Label source = new Label();
        source.setId("latent-source");
        source.textProperty().bind(models.description());
        source.getStyleClass().add("section-title");
        Button open = new Button("Open session...");
        open.setId("latent-open");
        open.setTooltip(new Tooltip("Explore a saved session here; the studio's run is left as it is."));
        open.setOnAction(e -> chooseSession.get().ifPresent(models::openSession));
        Button useRun = new Button("Use the current run");
        useRun.setId("latent-use-run");
        useRun.setTooltip(new Tooltip("Explore the generator the studio is training (refreshed while it trains)."));
        useRun.setOnAction(e -> models.useCurrentRun());

        // Conditional generators: which class G is asked for, in every view at once; hidden for an unconditional G.
        ComboBox<String> classes = new ComboBox<>();
        classes.setId("class-selector");
        classes.setTooltip(new Tooltip("The class G is asked for: the same z drawn as another class."));
        classes.setVisible(false);
        classes.setManaged(false);
        Label classLabel = new Label("Class");
        classLabel.setLabelFor(classes);
        classLabel.visibleProperty().bind(classes.visibleProperty());
        classLabel.managedProperty().bind(classes.managedProperty());
        models.info().addListener((obs, o, info) -> {
            boolean conditional = info != null && info.classCount() > 0;
            if (conditional && (o == null || !o.classNames().equals(info.classNames()))) {
                classes.getItems().setAll(info.classNames());
            }
            if (conditional) classes.getSelectionModel().select(models.chosenClassProperty().get());
            classes.setVisible(conditional);
            classes.setManaged(conditional);
        });
        classes.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (n.intValue() >= 0) models.chosenClassProperty().set(n.intValue());
        });
        models.chosenClassProperty().addListener((obs, o, n) -> {
            if (n.intValue() < classes.getItems().size()) classes.getSelectionModel().select(n.intValue());
        });

        // A session saved with its branches (the A / B tab): which one to explore; hidden otherwise.
        ComboBox<String> branches = new ComboBox<>(models.branches());
        branches.setId("latent-branch");
        branches.setTooltip(new Tooltip("This session holds several branches of one run: explore this one."));
        branches.visibleProperty().bind(javafx.beans.binding.Bindings.size(models.branches()).greaterThan(1));
        branches.managedProperty().bind(branches.visibleProperty());
        models.branch().addListener((obs, o, n) -> branches.setValue(n));
        branches.setOnAction(e -> {
            String picked = branches.getValue();
            if (picked != null && !picked.equals(models.branch().get())) models.openBranch(picked);
        });
        Label branchLabel = new Label("Branch");
        branchLabel.setLabelFor(branches);
        branchLabel.visibleProperty().bind(branches.visibleProperty());
        branchLabel.managedProperty().bind(branches.managedProperty());

        Label latency = new Label();
        latency.setId("latent-latency");
        latency.setTooltip(new Tooltip("Time from a slider move to its image on screen (latest frame)."));
        latency.textProperty().bind(models.sliders().renderMillisProperty().map(ms -> Double.isNaN(ms.doubleValue())
                ? "" : String.format(Locale.ROOT, "frame %.0f ms", ms.doubleValue())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, source, open, useRun, branchLabel, branches, classLabel, classes, spacer, latency);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("studio-toolbar");
        return bar;
    }

    /** A tool pane that scrolls when a projector's height cannot hold it, rather than cutting its end off. */
    private static javafx.scene.control.ScrollPane scrolling(Region content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    /** The view models behind this view (tests drive them). */
    public LatentExplorerModels models() {
        return models;
    }
}
