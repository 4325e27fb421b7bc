package org.ganworkbench.ui.latent;

import javafx.application.Platform;
import javafx.scene.Node;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.run.UserDialogs;
import org.ganworkbench.ui.run.WorkbenchTab;

/** The latent-space explorer as a tab of the main window. */
public final class LatentExplorerTab implements WorkbenchTab {

    @Override
    public String title() {
        return "Latent explorer";
    }

    @Override
    public Node createContent(RunViewModel run, Notices notices, TaskRunner tasks, UserDialogs dialogs) {
        LatentExplorerModels models = new LatentExplorerModels(run, notices, tasks, Platform::runLater);
        // a file the explorer cannot open is refused as the studio refuses it: in a dialog, in the reader's words
        models.onCannotOpen(message -> dialogs.error("Could not open the session", message));
        LatentExplorerView view = new LatentExplorerView(models,
                () -> dialogs.open("Explore a session", UserDialogs.FileType.SESSION));
        // the tab pane hides the content's parent while another tab is chosen: no copying of a training G then
        models.setShown(() -> onScreen(view));
        return view;
    }

    private static boolean onScreen(Node node) {
        if (node.getScene() == null) return false;
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }
}
