package org.ganworkbench.ui.run;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the window asks: which file, and whether to throw work away, and the failures it
 * reports in a dialog. An interface so the UI tests can answer without native dialogs; the window's
 * tabs get it too ({@link WorkbenchTab}), so a file opened in a tab is refused as in the studio.
 */
public interface UserDialogs {

    /** A file type offered in a chooser, e.g. ("Sessions", "*.gwb"). */
    record FileType(String description, String pattern) {
        public static final FileType SESSION = new FileType("GAN Workbench sessions", "*.gwb");
        public static final FileType CONFIG = new FileType("Configs (JSON)", "*.json");
        public static final FileType PNG = new FileType("PNG images", "*.png");
        public static final FileType CSV = new FileType("CSV tables", "*.csv");
        public static final FileType GIF = new FileType("Animated GIFs", "*.gif");
    }

    Optional<Path> open(String title, FileType type);

    /** A folder to read (a folder of pictures for a dataset). */
    Optional<Path> openFolder(String title);

    Optional<Path> save(String title, FileType type, String suggestedName);

    /** Asks before something irreversible; true to go ahead. */
    boolean confirm(String title, String message, String goAhead);

    void inform(String title, String message);

    /** Says that something failed, without waiting for an answer (a run training meanwhile goes on). */
    void error(String title, String message);

    /** One of {@code options}, or empty when the user cancels. */
    Optional<String> choose(String title, String message, java.util.List<String> options);
}
