package org.ganworkbench.ui.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.ui.training.RunControlsViewModel;

/**
 * The menu bar. Single-key run shortcuts (Space, S, D, G) are named in the item text rather than set
 * as accelerators, which would also fire while typing in a text box; see RunShortcuts.
 */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar create(StudioViewModel vm, StudioActions actions) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Open session...", "Shortcut+O", actions::openSession),
                item("Save session...", "Shortcut+S", actions::saveSession, vm.run().hasRunProperty().not()),
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

        RunControlsViewModel c = vm.controls();
        Menu run = new Menu("_Run");
        run.getItems().addAll(
                item("Start / resume (Space)", null, c::start, c.canStartProperty().not()),
                item("Pause (Space)", null, c::pause, c.canPauseProperty().not()),
                item("Step: D then G (S)", null, () -> c.step(StepKind.FULL), c.canStepProperty().not()),
                item("Step D only (D)", null, () -> c.step(StepKind.D_ONLY), c.canStepProperty().not()),
                item("Step G only (G)", null, () -> c.step(StepKind.G_ONLY), c.canStepProperty().not()),
                new SeparatorMenuItem(),
                item("Stop", "Shortcut+Period", c::stop, c.canStopProperty().not()),
                item("Reset", "Shortcut+R", actions::reset, c.canResetProperty().not()));

        CheckMenuItem presenter = new CheckMenuItem("Presenter mode");
        presenter.setAccelerator(KeyCombination.keyCombination("F5"));
        presenter.selectedProperty().bindBidirectional(vm.presenterProperty());
        Menu view = new Menu("_View");
        view.getItems().addAll(presenter, item("Full screen", "F11", actions::toggleFullScreen));

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("Keyboard shortcuts", "F1", actions::showShortcuts), item("About", null, actions::about));
        MenuBar bar = new MenuBar(file, presets, run, view, help);
        bar.setId("main-menu");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action,
                                 javafx.beans.value.ObservableValue<Boolean> disabled) {
        MenuItem item = item(text, accelerator, action);
        item.disableProperty().bind(disabled);
        return item;
    }
}
