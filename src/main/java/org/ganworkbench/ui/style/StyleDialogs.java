package org.ganworkbench.ui.style;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The tab's file questions; an interface so tests answer without native dialogs. */
interface StyleDialogs {

    Optional<Path> openPicture(String title);

    Optional<Path> openSaved();

    Optional<Path> save(String title, String suggestedName, String description, String pattern);

    /** JavaFX's own file choosers, owned by the window of {@code owner}. */
    static StyleDialogs native_(Node owner) {
        return new StyleDialogs() {
            @Override
            public Optional<Path> openPicture(String title) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
                return Optional.ofNullable(c.showOpenDialog(owner.getScene().getWindow())).map(File::toPath);
            }

            @Override
            public Optional<Path> openSaved() {
                FileChooser c = new FileChooser();
                c.setTitle("Open a saved style transfer");
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Style transfers", "*.gws"));
                return Optional.ofNullable(c.showOpenDialog(owner.getScene().getWindow())).map(File::toPath);
            }

            @Override
            public Optional<Path> save(String title, String suggestedName, String description, String pattern) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialFileName(suggestedName);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
                return Optional.ofNullable(c.showSaveDialog(owner.getScene().getWindow())).map(File::toPath);
            }
        };
    }
}
