package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.session.SessionBranch;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.session.SessionException;
import org.ganworkbench.engine.session.SessionFiles;

/** What {@code info --session} and {@code eval} say about a session's branches and checkpoints. */
final class SessionContents {

    private SessionContents() {
    }

    static void print(Path session, PrintWriter out) {
        if (!Files.isRegularFile(session)) throw new UserInputException(session + " does not exist or is not a file.");
        try {
            List<SessionBranch> branches = SessionBranches.list(session);
            out.println("Branches (" + branches.size() + "; the first is the one the session opens on; eval --branch NAME measures another):");
            for (SessionBranch b : branches) out.println("  " + (b.step() < 0 ? b.name() : b.describe()));
            List<Long> steps = SessionFiles.checkpointSteps(session);
            out.println(steps.isEmpty() ? "Checkpoints: none (train --keep-checkpoints saves them)"
                    : "Checkpoints at steps: " + String.join(", ", steps.stream().map(String::valueOf).toList())
                    + " (train --resume FILE --from-step N)");
            out.flush();
        } catch (SessionException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
