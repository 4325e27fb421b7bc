package org.ganworkbench.ui.branches;

import javafx.scene.Node;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.run.UserDialogs;
import org.ganworkbench.ui.run.WorkbenchTab;

/** The "A / B" tab: the studio's run beside a branch of it. */
public final class BranchesTab implements WorkbenchTab {

    private BranchesView view;
    private BranchesViewModel viewModel;

    @Override
    public String title() {
        return "A / B";
    }

    @Override
    public Node createContent(RunViewModel run, Notices notices, TaskRunner tasks, UserDialogs dialogs) {
        viewModel = new BranchesViewModel(run, notices, tasks);
        view = new BranchesView(viewModel);
        return view;
    }

    /** The view model once the tab's content exists (tests). */
    public BranchesViewModel viewModel() {
        return viewModel;
    }
}
