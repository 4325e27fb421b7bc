package org.ganworkbench.ui.run;

import javafx.scene.Node;

/**
 * A tab of the main window beside the training studio, such as a latent-space explorer or a 2D lab.
 * A feature package implements it and the app lists it in {@code WorkbenchTabs}; the tab gets the
 * window's run (to sample or explore the current model through its view models), its notices, and
 * its dialogs (files to open, failures to report as the studio reports them).
 */
public interface WorkbenchTab {

    String title();

    Node createContent(RunViewModel run, Notices notices, TaskRunner tasks, UserDialogs dialogs);

    /** Presenter mode turned on or off, for what the theme cannot change (sizes); canvases follow the theme by themselves. */
    default void setPresenter(boolean on) {
    }
}
