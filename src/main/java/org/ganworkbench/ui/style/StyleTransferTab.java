package org.ganworkbench.ui.style;

import javafx.application.Platform;
import javafx.scene.Node;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.style.net.ZooVgg16;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.run.UserDialogs;
import org.ganworkbench.ui.run.WorkbenchTab;

/**
 * Neural style transfer as a tab of the main window: a job of its own beside the training run, on
 * the same spine (engine thread, latest-wins snapshots applied on the window's UI pulse, knobs as
 * interventions). It does not touch the training run.
 */
public final class StyleTransferTab implements WorkbenchTab {

    private StyleTransferView view;

    @Override
    public String title() {
        return "Style transfer";
    }

    @Override
    public Node createContent(RunViewModel run, Notices notices, TaskRunner tasks, UserDialogs dialogs) {
        StyleTransferViewModel vm = new StyleTransferViewModel(notices, tasks, Platform::runLater,
                ZooVgg16.imagenet(CacheDirectory.resolve()));
        run.addPulseListener(vm::pulse); // the window's one throttled pulse drives this tab too
        view = new StyleTransferView(vm, () -> StyleDialogs.native_(view));
        return view;
    }
}
