package org.ganworkbench.ui.app;

import java.util.Locale;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.Lesson;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.session.TrainedRun;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.UserDialogs.FileType;
import org.ganworkbench.ui.run.UserDialogs;

/**
 * What the menus and buttons do that involves asking the user (a file, a confirmation) before
 * handing over to a view model.
 */
final class StudioActions {

    static final String SHORTCUTS = String.join("\n",
            "F6 or Space\tstart, pause, resume",
            "F7 or S\tone step (D then G)",
            "F8 or D\tone discriminator update only",
            "F9 or G\tone generator update only",
            "Ctrl+.\tstop",
            "Ctrl+R\treset (discard the run)",
            "Ctrl+O / Ctrl+S\topen / save a session",
            "Ctrl+E\texport the samples as PNG",
            "F5\tpresenter mode",
            "F11\tfull screen",
            "",
            "F6-F9, Ctrl+. and Ctrl+R work wherever the cursor is; Space and the letters do nothing",
            "while you type in a box (Enter or Escape leaves the box).");

    private final StudioViewModel vm;
    private final UserDialogs dialogs;
    private final Stage stage;

    StudioActions(StudioViewModel vm, UserDialogs dialogs, Stage stage) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.stage = stage;
    }

    /** True when there is no unsaved training to lose, or the user agrees to lose it. */
    boolean mayDiscardRun(String what) {
        if (!vm.controls().resetLosesWork()) return true;
        return dialogs.confirm("Discard the run?", String.format(Locale.ROOT,
                "The run has %,d steps that were never saved. %s discards them.", vm.run().step(), what), what);
    }

    /**
     * Opens a session the user picks; one saved with several branches (the A / B tab) asks which to
     * open. A file that cannot be opened gets its one-line message in a dialog, and the run in the
     * studio trains on as before.
     */
    void openSession() {
        dialogs.open("Open a session", FileType.SESSION).ifPresent(file -> {
            if (!mayDiscardRun("Opening another session")) return;
            // listing the branches reads (and checks) the whole file: off the FX thread
            vm.tasks().run("Reading " + file.getFileName(), p -> SessionBranches.names(file), names -> {
                if (names.size() < 2) {
                    vm.openSession(file, null, this::errorDialog);
                    return;
                }
                dialogs.choose("Open which branch?", file.getFileName() + " holds " + names.size()
                        + " branches of one run.", names).ifPresent(name -> vm.openSession(file, name, this::errorDialog));
            }, failure -> cannotOpen("Could not open " + file.getFileName() + ": " + Notices.describe(failure)));
        });
    }

    private void cannotOpen(String message) {
        vm.notices().error(message);
        errorDialog(message);
    }

    /** The message the notice shows, in a dialog too (the notice is posted by whoever failed). */
    private void errorDialog(String message) {
        dialogs.error("Could not open the session", message);
    }

    void saveSession() {
        dialogs.save("Save the session", FileType.SESSION, baseName() + FileType.SESSION.pattern().substring(1))
                .ifPresent(file -> vm.run().save(file, () -> { }));
    }

    /** Saves the session with the checkpoints the timeline holds, so that it can be rewound once opened again. */
    void saveSessionWithCheckpoints() {
        dialogs.save("Save the session with its checkpoints", FileType.SESSION,
                baseName() + FileType.SESSION.pattern().substring(1)).ifPresent(file -> vm.run().saveWithCheckpoints(file, () -> { }));
    }

    void loadConfig() {
        dialogs.open("Load a config", FileType.CONFIG).ifPresent(vm::loadConfig);
    }

    void saveConfig() {
        dialogs.save("Save the config", FileType.CONFIG, vm.editor().runName() + ".json").ifPresent(vm::saveConfig);
    }

    void exportGrid() {
        dialogs.save("Export the samples", FileType.PNG, baseName() + "-samples.png").ifPresent(vm.exports()::exportGrid);
    }

    void exportHistory() {
        dialogs.save("Export the history", FileType.CSV, baseName() + "-history.csv")
                .ifPresent(vm.exports()::exportHistory);
    }

    void exportGif() {
        dialogs.save("Export the progress GIF", FileType.GIF, baseName() + "-progress.gif")
                .ifPresent(vm.exports()::exportGif);
    }

    void choosePreset(String name) {
        if (mayDiscardRun("Loading a preset")) vm.loadPreset(name);
    }

    void openTrainedRun(TrainedRun run) {
        if (mayDiscardRun("Opening a trained run")) vm.openTrainedRun(run);
    }

    void beginLesson(Lesson lesson) {
        if (mayDiscardRun("Opening a lesson")) vm.beginLesson(lesson);
    }

    void reset() {
        if (mayDiscardRun("Reset")) vm.controls().reset();
    }

    void quit() {
        if (mayDiscardRun("Quitting")) {
            vm.shutdown();
            stage.close();
        }
    }

    void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    void showShortcuts() {
        dialogs.inform("Keyboard shortcuts", SHORTCUTS);
    }

    void about() {
        dialogs.inform("GAN Workbench", "Train a generative adversarial network live, break it, fix it.\n\n"
                + "Backend: " + vm.status().backendProperty().get() + "\n" + StartupOptions.USAGE);
    }

    /** e.g. "digits-mlp-step1200". */
    private String baseName() {
        String name = vm.run().hasRun() ? vm.run().runNameProperty().get() : vm.editor().runName();
        name = name.replaceFirst("\\.gwb$", "").replaceFirst("-step\\d+$", "");
        return name + (vm.run().hasRun() ? "-step" + vm.run().step() : "");
    }
}
