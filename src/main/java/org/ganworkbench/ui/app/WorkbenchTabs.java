package org.ganworkbench.ui.app;

import java.util.List;
import org.ganworkbench.ui.branches.BranchesTab;
import org.ganworkbench.ui.latent.LatentExplorerTab;
import org.ganworkbench.ui.neighbours.NeighboursTab;
import org.ganworkbench.ui.run.WorkbenchTab;
import org.ganworkbench.ui.style.StyleTransferTab;

/**
 * The tabs beside the training studio, in order. Each is its own ui feature package implementing
 * {@link WorkbenchTab}; adding one here is all the window needs.
 */
final class WorkbenchTabs {

    private WorkbenchTabs() {
    }

    static List<WorkbenchTab> all() {
        return List.of(new LatentExplorerTab(), new NeighboursTab(), new StyleTransferTab(), new BranchesTab());
    }
}
