package org.ganworkbench.ui.app;

import java.util.List;
import org.ganworkbench.ui.run.WorkbenchTab;

/**
 * The tabs beside the training studio, in order. The latent-space explorer and the 2D lab are to
 * come, each as its own ui feature package implementing {@link WorkbenchTab}; adding one here is
 * all the window needs.
 */
final class WorkbenchTabs {

    private WorkbenchTabs() {
    }

    static List<WorkbenchTab> all() {
        return List.of();
    }
}
