package org.ganworkbench.ui.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.ganworkbench.engine.session.TrainedRun;
import org.ganworkbench.engine.session.TrainedRuns;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.ui.training.RunControlsViewModel;
import org.ganworkbench.ui.training.RunShortcuts;

/**
 * The menu bar. The run's function keys (F6-F9) are accelerators, so they work wherever the focus is,
 * a text box included; the single keys (Space, S, D, G) are named in the item text rather than set as
 * accelerators, which would also fire while typing; see RunShortcuts.
 */
final class MainMenu {

    /** Whether these menus get accelerators (only one set of menus may have them). */
    private final boolean keys;

    private MainMenu(boolean keys) {
        this.keys = keys;
    }

    static MenuBar create(StudioViewModel vm, StudioActions actions) {
        MenuBar bar = new MenuBar();
        bar.getMenus().setAll(new MainMenu(true).menus(vm, actions));
        bar.setId("main-menu");
        return bar;
    }

    /**
     * The same menus behind one button, for presenter mode, where the menu bar is hidden to give its
     * row to the picture. Its items carry no accelerators: the hidden bar's still work, and a second
     * set would fire every shortcut twice.
     */
    static MenuButton button(StudioViewModel vm, StudioActions actions) {
        MenuButton button = new MenuButton("☰");
        button.setId("presenter-menu");
        button.getItems().setAll(new MainMenu(false).menus(vm, actions));
        button.setTooltip(new javafx.scene.control.Tooltip("The menus (File, Lessons, Presets, Run, View, Help)."));
        button.setFocusTraversable(false);
        return button;
    }

    private List<Menu> menus(StudioViewModel vm, StudioActions actions) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Open session...", "Shortcut+O", actions::openSession),
                trainedRuns(actions),
                item("Save session...", "Shortcut+S", actions::saveSession, vm.run().hasRunProperty().not()),
                item("Save session with checkpoints...", null, actions::saveSessionWithCheckpoints, vm.run().hasRunProperty().not()),
                new SeparatorMenuItem(),
                item("Load config...", null, actions::loadConfig, vm.editor().lockedProperty()),
                item("Save config...", null, actions::saveConfig),
                new SeparatorMenuItem(),
                item("Export samples as PNG...", "Shortcut+E", actions::exportGrid,
                        vm.exports().canExportSamplesProperty().not()),
                item("Export history as CSV...", null, actions::exportHistory, vm.run().hasRunProperty().not()),
                item("Export progress GIF...", null, actions::exportGif, vm.exports().canExportSamplesProperty().not()),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", actions::quit));

        Menu presets = new Menu("_Presets");
        for (String name : vm.presetNames()) {
            presets.getItems().add(item(vm.presetTitle(name), null, () -> actions.choosePreset(name)));
        }

        Menu lessons = new Menu("_Lessons");
        int number = 1;
        for (var lesson : vm.lessons().lessons()) {
            lessons.getItems().add(item(number++ + ". " + lesson.title(), null, () -> actions.beginLesson(lesson)));
        }

        RunControlsViewModel c = vm.controls();
        Menu run = new Menu("_Run");
        run.getItems().addAll(
                item("Start / pause / resume (Space)", RunShortcuts.START_PAUSE, c::togglePause,
                        c.canStartProperty().or(c.canPauseProperty()).not()),
                item("Step: D then G (S)", RunShortcuts.STEP, () -> c.step(StepKind.FULL), c.canStepProperty().not()),
                item("Step D only (D)", RunShortcuts.STEP_D, () -> c.step(StepKind.D_ONLY), c.canStepProperty().not()),
                item("Step G only (G)", RunShortcuts.STEP_G, () -> c.step(StepKind.G_ONLY), c.canStepProperty().not()),
                new SeparatorMenuItem(),
                item("Stop", RunShortcuts.STOP, c::stop, c.canStopProperty().not()),
                item("Reset", RunShortcuts.RESET, actions::reset, c.canResetProperty().not()));

        CheckMenuItem presenter = new CheckMenuItem("Presenter mode");
        if (keys) presenter.setAccelerator(KeyCombination.keyCombination("F5"));
        presenter.selectedProperty().bindBidirectional(vm.presenterProperty());
        Menu view = new Menu("_View");
        view.getItems().addAll(presenter, item("Full screen", "F11", actions::toggleFullScreen));

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("Keyboard shortcuts", "F1", actions::showShortcuts), item("About", null, actions::about));
        return List.of(file, lessons, presets, run, view, help);
    }

    /** The runs shipped with the app, ready to explore without training first. */
    private Menu trainedRuns(StudioActions actions) {
        Menu menu = new Menu("Open a trained run");
        for (TrainedRun run : TrainedRuns.all()) menu.getItems().add(item(run.title(), null, () -> actions.openTrainedRun(run)));
        menu.setDisable(menu.getItems().isEmpty());
        return menu;
    }

    private MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys && accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem item(String text, String accelerator, Runnable action,
                                 javafx.beans.value.ObservableValue<Boolean> disabled) {
        MenuItem item = item(text, accelerator, action);
        item.disableProperty().bind(disabled);
        return item;
    }
}
