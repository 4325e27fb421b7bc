package org.ganworkbench.ui.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.datasets.DatasetSources;
import org.ganworkbench.ui.run.FxTaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window around a tiny config, for TestFX tests; reads state on the FX thread. */
final class StudioFixture {

    final FakeDialogs dialogs = new FakeDialogs();
    StudioViewModel vm;
    StudioWindow window;

    void show(Stage stage, GanConfig config) {
        show(stage, config, DatasetSources.forThisMachine());
    }

    /** The window with its own places to find and fetch real datasets (the machine's are not looked at). */
    void show(Stage stage, GanConfig config, DatasetSources datasets) {
        FxTaskRunner tasks = new FxTaskRunner();
        vm = new StudioViewModel(UiTestConfigs.preset(config), tasks, datasets);
        window = new StudioWindow(vm, dialogs, stage, tasks);
        stage.setScene(window.createScene(1280, 720));
        stage.show();
    }

    /** Evaluates on the FX thread, where the view models live. */
    <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }

    }

    /**
     * Replaces a text box's content by typing, as a user would after selecting it all (selecting by
     * keystrokes costs a robot round trip per character).
     */
    void typeInto(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    void close() throws Exception {
        fx(() -> {
            vm.run().discard();
            return null;
        });
    }
}
