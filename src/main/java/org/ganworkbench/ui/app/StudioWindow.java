package org.ganworkbench.ui.app;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.ganworkbench.ui.alarms.AlarmsView;
import org.ganworkbench.ui.charts.ChartDeck;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.TrainingCharts;
import org.ganworkbench.ui.dashboard.DashboardView;
import org.ganworkbench.ui.datasets.DatasetPickerView;
import org.ganworkbench.ui.layout.LazyTab;
import org.ganworkbench.ui.layout.StageLayout;
import org.ganworkbench.ui.lessons.LessonBannerView;
import org.ganworkbench.ui.quality.DViewStrip;
import org.ganworkbench.ui.quality.QualityCharts;
import org.ganworkbench.ui.run.FxTaskRunner;
import org.ganworkbench.ui.run.UserDialogs;
import org.ganworkbench.ui.run.WorkbenchTab;
import org.ganworkbench.ui.samples.SamplesView;
import org.ganworkbench.ui.status.NoticeBar;
import org.ganworkbench.ui.status.StatusBarView;
import org.ganworkbench.ui.toy.CoverageCharts;
import org.ganworkbench.ui.toy.LabView;
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
    /**
     * A chart's least height: its title row, the axis labels and a plot area of at least 80 pixels at
     * the desk's 12-pixel type, 120 pixels at the presenter's 18-pixel type.
     */
    static final double DESK_CHART_HEIGHT = 130;
    static final double PRESENTER_CHART_HEIGHT = 200;

    private final TrainingCharts trainingCharts;
    private final SamplesView samples;
    private final DashboardView dashboard;
    private final LabView lab;
    private final CoverageCharts coverage;
    private final QualityCharts quality;
    private final DViewStrip dView;
    private final ChartDeck deck = new ChartDeck();
    private final StageLayout layout;
    private final AnimationTimer pulse;
    private final java.util.List<WorkbenchTab> extraTabs = WorkbenchTabs.all();

    public StudioWindow(StudioViewModel vm, UserDialogs dialogs, Stage stage, FxTaskRunner tasks) {
        this.vm = vm;
        this.actions = new StudioActions(vm, dialogs, stage);
        this.dialogs = dialogs;
        vm.controls().setDiscardConfirmation(() -> actions.mayDiscardRun("Starting again"));
        root.getStyleClass().add("studio-root");
        trainingCharts = new TrainingCharts(vm.charts());
        samples = new SamplesView(vm.samples());
        dashboard = new DashboardView(vm.dashboard());
        lab = new LabView(vm.lab());
        coverage = new CoverageCharts(vm.coverage());
        quality = new QualityCharts(vm.quality());
        dView = new DViewStrip(vm.dView());

        Label blocked = new Label();
        blocked.setId("blocked-reason");
        blocked.getStyleClass().add("blocked-reason");
        blocked.setWrapText(true);
        blocked.textProperty().bind(vm.controls().blockedReasonProperty());
        blocked.visibleProperty().bind(blocked.textProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());
        LessonBannerView banner = new LessonBannerView(vm.lessons(), p -> actions.choosePreset(p.name()),
                actions::beginLesson);
        // presenter mode gives the menu bar's row to the picture: its menus move behind a button in the
        // toolbar, and the hidden bar keeps its accelerators
        MenuBar menuBar = MainMenu.create(vm, actions);
        menuBar.visibleProperty().bind(vm.presenterProperty().not());
        menuBar.managedProperty().bind(menuBar.visibleProperty());
        root.setTop(new VBox(menuBar, toolbar(), blocked, banner, new NoticeBar(vm.notices()), new AlarmsView(vm.alarms())));

        TabPane tabs = new TabPane();
        tabs.setId("workbench-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        layout = studio();
        tabs.getTabs().add(new Tab("Training studio", layout));
        for (WorkbenchTab extra : extraTabs) {
            tabs.getTabs().add(LazyTab.of(extra.title(), () -> extra.createContent(vm.run(), vm.notices(), vm.tasks(), dialogs)));
        }
        root.setCenter(tabs);
        // the latent-space lesson is shown in the explorer, on the trained run it opens
        vm.lessons().lessonProperty().addListener((obs, old, now) -> {
            if (now != null && now.trainedRun() != null) {
                tabs.getTabs().stream().filter(t -> t.getText().equals("Latent explorer")).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
        });
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
        MenuButton menus = MainMenu.button(vm, actions);
        menus.visibleProperty().bind(vm.presenterProperty());
        menus.managedProperty().bind(menus.visibleProperty());
        HBox bar = new HBox(10, menus, controls, spacer, presenter);
        bar.getStyleClass().add("studio-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * The studio: knobs on the left, the stage (samples or the 2D lab) as a square as large as the
     * height allows, and a column with the headline number, the tiles and the chart deck; see
     * {@link StageLayout}. 2D data: the lab replaces the samples in the same place, beside the
     * knobs, so a knob turned live shows at once on D's map and G's points.
     */
    private StageLayout studio() {
        LiveKnobsView knobList = new LiveKnobsView(vm.knobs());
        ScrollPane knobScroll = new ScrollPane(knobList);
        knobScroll.setFitToWidth(true);
        // a bar that comes and goes with the height: when the knobs just fit, the skin laid them out at
        // the width without the bar and then showed the bar over their values (seen at 1920x1080)
        knobScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        knobScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab knobs = new Tab("Live knobs", knobScroll);
        Tab settings = LazyTab.of("Hyperparameters", () -> new ConfigEditorView(vm.editor()));
        settings.setId("settings-tab");
        sidebar.getTabs().addAll(knobs, settings);
        sidebar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sidebar.getStyleClass().add("sidebar");
        vm.editor().validProperty().addListener((obs, was, valid) -> {
            if (!valid && vm.run().state() == null) sidebar.getSelectionModel().select(settings);
        });
        DatasetPickerView dataset = new DatasetPickerView(vm.datasets(), () -> dialogs.openFolder("Choose a folder of pictures"));
        VBox left = new VBox(new SetupChoicesView(vm, actions::choosePreset, dataset), sidebar);
        left.setId("studio-sidebar");
        VBox.setVgrow(sidebar, Priority.ALWAYS);
        left.getStyleClass().add("sidebar-column");

        var pointData = vm.samples().pointDataProperty();
        samples.visibleProperty().bind(pointData.not());
        lab.visibleProperty().bind(pointData);
        StackPane stage = new StackPane(samples, lab);
        stage.setId("studio-stage");

        deck.add(trainingCharts.deckEntries(new SimpleBooleanProperty(true)));
        deck.add(coverage.deckEntries(pointData));
        deck.add(quality.deckEntries());
        deck.add(new ChartDeck.Entry("D's view", "Histograms of D's outputs on the real and the fake batch over the "
                + "steps: overlapping, D cannot tell; apart, D wins.", dView, new SimpleBooleanProperty(true), 7));
        deck.setId("chart-deck");
        StudioColumn column = new StudioColumn(new VBox(coverage.headline(), quality.headline()), dashboard, deck,
                new org.ganworkbench.ui.timeline.CheckpointTimelineView(vm.checkpoints()));
        column.setId("studio-column");
        StageLayout layout = new StageLayout(left, stage, column);
        layout.getStyleClass().add("studio-main");
        return layout;
    }

    private void applyPresenter(boolean on) {
        Scene scene = root.getScene();
        if (scene != null) Theme.apply(scene, on);
        dashboard.setPresenter(on);
        lab.setPresenter(on);
        deck.minChartHeightProperty().set(on ? PRESENTER_CHART_HEIGHT : DESK_CHART_HEIGHT);
        layout.requestLayout();
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
        RunShortcuts.install(scene, vm.controls());
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
