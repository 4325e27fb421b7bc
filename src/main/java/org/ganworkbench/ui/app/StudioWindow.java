package org.ganworkbench.ui.app;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ChartsView;
import org.ganworkbench.ui.dashboard.DashboardView;
import org.ganworkbench.ui.datasets.DatasetPickerView;
import org.ganworkbench.ui.lab.CoverageChartsView;
import org.ganworkbench.ui.lab.LabView;
import org.ganworkbench.ui.run.FxTaskRunner;
import org.ganworkbench.ui.run.WorkbenchTab;
import org.ganworkbench.ui.samples.SamplesView;
import org.ganworkbench.ui.status.NoticeBar;
import org.ganworkbench.ui.status.StatusBarView;
import org.ganworkbench.ui.training.ConfigEditorView;
import org.ganworkbench.ui.training.LiveKnobsView;
import org.ganworkbench.ui.training.RunControlsView;
import org.ganworkbench.ui.training.RunShortcuts;

/**
 * The main window: menu and run toolbar on top; a tab per workbench feature, the first being the
 * training studio (knobs and settings on the left; dashboard, samples and charts on the right);
 * the status bar below. One AnimationTimer drives every live update through the run's throttled pulse.
 */
public final class StudioWindow {

    private final BorderPane root = new BorderPane();
    private final StudioViewModel vm;
    private final StudioActions actions;
    private final UserDialogs dialogs;
    private final TabPane sidebar = new TabPane();
    private final ChartsView charts;
    private final SamplesView samples;
    private final DashboardView dashboard;
    private final LabView lab;
    private final CoverageChartsView coverage;
    private final AnimationTimer pulse;
    private final java.util.List<WorkbenchTab> extraTabs = WorkbenchTabs.all();

    public StudioWindow(StudioViewModel vm, UserDialogs dialogs, Stage stage, FxTaskRunner tasks) {
        this.vm = vm;
        this.actions = new StudioActions(vm, dialogs, stage);
        this.dialogs = dialogs;
        root.getStyleClass().add("studio-root");
        charts = new ChartsView(vm.charts());
        samples = new SamplesView(vm.samples());
        dashboard = new DashboardView(vm.dashboard());
        lab = new LabView(vm.lab());
        coverage = new CoverageChartsView(vm.coverage());

        Label blocked = new Label();
        blocked.setId("blocked-reason");
        blocked.getStyleClass().add("blocked-reason");
        blocked.setWrapText(true);
        blocked.textProperty().bind(vm.controls().blockedReasonProperty());
        blocked.visibleProperty().bind(blocked.textProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());
        root.setTop(new VBox(MainMenu.create(vm, actions), toolbar(), blocked, new NoticeBar(vm.notices())));

        TabPane tabs = new TabPane();
        tabs.setId("workbench-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new Tab("Training studio", studio()));
        for (WorkbenchTab extra : extraTabs) {
            tabs.getTabs().add(new Tab(extra.title(), extra.createContent(vm.run(), vm.notices(), vm.tasks())));
        }
        root.setCenter(tabs);
        root.setBottom(new StatusBarView(vm.status(), vm.notices(), tasks.currentProperty()));

        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.run().pulse(now);
            }
        };
        vm.presenterProperty().addListener((obs, old, now) -> applyPresenter(now));
        vm.run().stateProperty().addListener((obs, old, now) -> {
            if (old == null && now != null) sidebar.getSelectionModel().select(0);
        });
    }

    private HBox toolbar() {
        RunControlsView controls = new RunControlsView(vm.controls(), () -> actions.mayDiscardRun("Reset"));
        ToggleButton presenter = new ToggleButton("Presenter mode");
        presenter.setId("presenter-toggle");
        presenter.selectedProperty().bindBidirectional(vm.presenterProperty());
        presenter.setTooltip(new Tooltip("Large type, high contrast: for a projector (F5)."));
        presenter.setFocusTraversable(false);
        presenter.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, controls, spacer, presenter);
        bar.getStyleClass().add("studio-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Preset and dataset, above the knobs: the two choices a lesson starts from. */
    private VBox setupChoices() {
        ComboBox<String> presets = new ComboBox<>(FXCollections.observableArrayList(vm.presetNames()));
        presets.setId("preset-picker");
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : vm.presetTitle(name);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        presets.setValue(vm.editor().presetNameProperty().get());
        vm.editor().presetNameProperty().addListener((obs, o, n) -> presets.setValue(n.isEmpty() ? null : n));
        presets.setPromptText("custom settings");
        presets.setOnAction(e -> {
            String chosen = presets.getValue();
            if (chosen != null && !chosen.equals(vm.editor().presetNameProperty().get())) {
                actions.choosePreset(chosen);
                presets.setValue(vm.editor().presetNameProperty().get());
            }
        });
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setTooltip(presetTooltip(presets));
        DatasetPickerView dataset = new DatasetPickerView(vm.datasets(), () -> dialogs.openFolder("Choose a folder of pictures"));
        dataset.disableProperty().bind(vm.editor().lockedProperty());
        Label presetLabel = new Label("Preset");
        presetLabel.getStyleClass().add("field-label");
        HBox presetRow = new HBox(6, presetLabel, presets);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(presets, Priority.ALWAYS);
        VBox box = new VBox(6, presetRow, dataset);
        box.getStyleClass().add("setup-choices");
        return box;
    }

    /** The chosen preset's title and caption: the combo is narrow, and the caption says what to watch. */
    private Tooltip presetTooltip(ComboBox<String> presets) {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.textProperty().bind(Bindings.createStringBinding(() -> presets.getValue() == null
                ? "Ready-made settings, each showing something: good digits, a DCGAN, mode collapse..."
                : vm.presetTitle(presets.getValue()) + "\n\n" + vm.presetCaption(presets.getValue()),
                presets.valueProperty()));
        return tip;
    }

    private SplitPane studio() {
        ScrollPane knobScroll = new ScrollPane(new LiveKnobsView(vm.knobs()));
        knobScroll.setFitToWidth(true);
        knobScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab knobs = new Tab("Live knobs", knobScroll);
        Tab settings = new Tab("Hyperparameters", new ConfigEditorView(vm.editor()));
        settings.setId("settings-tab");
        sidebar.getTabs().addAll(knobs, settings);
        sidebar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sidebar.getStyleClass().add("sidebar");
        vm.editor().validProperty().addListener((obs, was, valid) -> {
            if (!valid && vm.run().state() == null) sidebar.getSelectionModel().select(settings);
        });

        // 2D data: the lab replaces the scatter, in the same place, beside the knobs, so a knob turned
        // live shows at once on D's map and G's points; the quality charts join the training charts.
        samples.visibleProperty().bind(vm.samples().pointDataProperty().not());
        lab.visibleProperty().bind(vm.samples().pointDataProperty());
        coverage.visibleProperty().bind(vm.samples().pointDataProperty());
        coverage.managedProperty().bind(coverage.visibleProperty());
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox.setVgrow(coverage, Priority.ALWAYS);
        charts.setPrefHeight(300); // VBox shares extra height equally: prefs of 100 per chart keep all five alike
        coverage.setPrefHeight(200);
        VBox chartColumn = new VBox(6, charts, coverage);
        charts.charts().forEach(c -> c.setMinHeight(80)); // five charts must fit a 720-pixel window
        SplitPane work = new SplitPane(new javafx.scene.layout.StackPane(samples, lab), chartColumn);
        work.setOrientation(Orientation.HORIZONTAL);
        work.setDividerPositions(0.5);
        dashboard.setMinHeight(Region.USE_PREF_SIZE);
        VBox main = new VBox(8, dashboard, work);
        main.getStyleClass().add("studio-main");
        VBox.setVgrow(work, Priority.ALWAYS);

        VBox left = new VBox(setupChoices(), sidebar);
        VBox.setVgrow(sidebar, Priority.ALWAYS);
        left.getStyleClass().add("sidebar-column");
        left.setMinWidth(280);
        left.setPrefWidth(340);
        SplitPane split = new SplitPane(left, main);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    private void applyPresenter(boolean on) {
        Scene scene = root.getScene();
        if (scene != null) Theme.apply(scene, on);
        charts.setPalette(on ? ChartPalette.PRESENTER : ChartPalette.LIGHT);
        dashboard.setPresenter(on);
        lab.setPresenter(on);
        coverage.setPalette(on ? ChartPalette.PRESENTER : ChartPalette.LIGHT);
        extraTabs.forEach(t -> t.setPresenter(on));
    }

    /** Makes the scene, installs the theme and keys, and starts the UI pulse. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        install(scene);
        return scene;
    }

    /**
     * Puts the studio into a scene that may already be on screen (the app shows its window before
     * the studio is built), with the theme, the keys and the UI pulse.
     */
    public void install(Scene scene) {
        if (scene.getRoot() != root) scene.setRoot(root);
        Theme.apply(scene, vm.presenterProperty().get());
        applyPresenter(vm.presenterProperty().get());
        RunShortcuts.install(scene, vm.controls(), () -> actions.mayDiscardRun("Reset"));
        KeyboardFocus.install(scene, root);
        pulse.start();
    }

    /** Asks before closing over unsaved training; false keeps the window open. */
    public boolean closeRequested() {
        if (!actions.mayDiscardRun("Quitting")) return false;
        pulse.stop();
        vm.shutdown();
        return true;
    }

    public BorderPane root() {
        return root;
    }
}
