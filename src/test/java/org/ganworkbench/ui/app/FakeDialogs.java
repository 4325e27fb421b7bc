package org.ganworkbench.ui.app;

import java.nio.file.Path;
import java.util.Optional;

/** Answers the window's questions in UI tests: the next file or folder to open or save, and yes to confirmations. */
final class FakeDialogs implements UserDialogs {

    volatile Path nextOpen;
    volatile Path nextSave;
    volatile Path nextFolder;
    volatile int confirmations;

    @Override
    public Optional<Path> open(String title, FileType type) {
        return Optional.ofNullable(nextOpen);
    }

    @Override
    public Optional<Path> openFolder(String title) {
        return Optional.ofNullable(nextFolder);
    }

    @Override
    public Optional<Path> save(String title, FileType type, String suggestedName) {
        return Optional.ofNullable(nextSave);
    }

    @Override
    public boolean confirm(String title, String message, String goAhead) {
        confirmations++;
        return true;
    }

    @Override
    public void inform(String title, String message) {
    }
}
