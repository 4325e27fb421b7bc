package org.ganworkbench.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import org.ganworkbench.ui.run.UserDialogs;

/** Answers the window's questions in UI tests: the next file or folder to open or save, and yes to confirmations. */
final class FakeDialogs implements UserDialogs {

    volatile Path nextOpen;
    volatile Path nextSave;
    volatile Path nextFolder;
    volatile int confirmations;
    /** The answer to the next choice (null: the first option). */
    volatile String nextChoice;
    final java.util.List<String> choicesOffered = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Every error shown in a dialog, as "title: message". */
    final java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<String> choose(String title, String message, java.util.List<String> options) {
        choicesOffered.addAll(options);
        return Optional.of(nextChoice == null ? options.get(0) : nextChoice);
    }
}
