package org.ganworkbench.ui.latent;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The explorer's file dialogs: a session to open, a PNG or GIF to write. */
final class FileChoosers {

    private FileChoosers() {
    }

    static Optional<Path> openSession(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Explore a session");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GAN Workbench session", "*.gwb"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.getScene().getWindow())).map(File::toPath);
    }

    static Optional<Path> save(Node owner, String title, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        String ext = suggested.substring(suggested.lastIndexOf('.'));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.substring(1).toUpperCase() + " image", "*" + ext));
        return Optional.ofNullable(chooser.showSaveDialog(owner.getScene().getWindow())).map(File::toPath);
    }
}
