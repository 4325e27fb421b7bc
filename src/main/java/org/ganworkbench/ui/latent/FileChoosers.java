package org.ganworkbench.ui.latent;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The explorer's save dialogs: a PNG or GIF to write (the session to open comes from the window's dialogs). */
final class FileChoosers {

    private FileChoosers() {
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
