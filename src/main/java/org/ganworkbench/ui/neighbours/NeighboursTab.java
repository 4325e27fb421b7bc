package org.ganworkbench.ui.neighbours;

import javafx.scene.Node;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.run.UserDialogs;
import org.ganworkbench.ui.run.WorkbenchTab;

/** "Did it just copy?" as a tab of the main window. */
public final class NeighboursTab implements WorkbenchTab {

    @Override
    public String title() {
        return "Nearest real images";
    }

    @Override
    public Node createContent(RunViewModel run, Notices notices, TaskRunner tasks, UserDialogs dialogs) {
        return new NeighboursView(new NeighboursViewModel(run, notices, tasks));
    }
}
