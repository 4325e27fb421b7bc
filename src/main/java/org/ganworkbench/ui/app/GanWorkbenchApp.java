package org.ganworkbench.ui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class GanWorkbenchApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(GanWorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("GAN Workbench");
        stage.setScene(new Scene(new StackPane(new Label("GAN Workbench")), 1280, 720));
        stage.show();
    }
}
