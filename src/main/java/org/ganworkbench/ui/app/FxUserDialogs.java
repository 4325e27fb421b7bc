package org.ganworkbench.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ganworkbench.ui.run.UserDialogs;

/** Native file choosers and alerts, remembering the last folder used. */
final class FxUserDialogs implements UserDialogs {

    private final Window owner;
    private File lastFolder;

    FxUserDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(String title, FileType type) {
        return remember(chooser(title, type, null).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> save(String title, FileType type, String suggestedName) {
        return remember(chooser(title, type, suggestedName).showSaveDialog(owner)).map(p -> withExtension(p, type));
    }

    @Override
    public Optional<Path> openFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        File folder = chooser.showDialog(owner);
        if (folder == null) return Optional.empty();
        lastFolder = folder.getParentFile();
        return Optional.of(folder.toPath());
    }

    private FileChooser chooser(String title, FileType type, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.pattern()));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        if (name != null) chooser.setInitialFileName(name);
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) return Optional.empty();
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    /** GTK's chooser does not add the extension of the chosen filter; the file types need it. */
    static Path withExtension(Path p, FileType type) {
        String ext = type.pattern().substring(1);
        String name = p.getFileName().toString();
        return name.toLowerCase().endsWith(ext) ? p : p.resolveSibling(name + ext);
    }

    @Override
    public boolean confirm(String title, String message, String goAhead) {
        ButtonType yes = new ButtonType(goAhead, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show(); // not showAndWait: the run keeps training, and its charts keep moving behind the dialog
    }

    @Override
    public java.util.Optional<String> choose(String title, String message, java.util.List<String> options) {
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(options.get(0), options);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        return dialog.showAndWait();
    }
}
