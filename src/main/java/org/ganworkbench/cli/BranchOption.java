package org.ganworkbench.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.session.SessionData;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.RunSource;
import picocli.CommandLine.Option;

/**
 * {@code --branch NAME}: which branch of a session saved with several (the window's A / B tab) a
 * command reads; without it, the branch the session opens on, as for any session. A picocli mixin.
 */
final class BranchOption {

    @Option(names = "--branch", paramLabel = "NAME", description = "A session holding several branches: use this one "
            + "(info --session lists them). Default: the one the session opens on.")
    String branch;

    /** Opens the chosen branch of {@code session} on the calling (engine) thread. */
    RunSource load(Path session, Consumer<String> warnings, SessionData data) {
        return load(session, branch, warnings, data);
    }

    /** Opens branch {@code branch} of {@code session} (null: the one it opens on) on the calling (engine) thread. */
    static RunSource load(Path session, String branch, Consumer<String> warnings, SessionData data) {
        return branch == null ? SessionFiles.load(session, warnings, data) : SessionBranches.load(session, branch, warnings, data);
    }
}
