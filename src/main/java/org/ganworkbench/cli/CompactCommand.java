package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.session.CompactSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compact}: a small copy of a session to send or ship (the app's own trained runs are made so). */
@Command(name = "compact", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a compact copy of a session: G's and D's parameters in float16 and no optimizer",
                "state, the config, history and fixed noise as they were. About a third of the size; samples",
                "differ by float16 rounding, and training the copy on starts both optimizers afresh.", ""})
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "The session to copy (.gwb).")
    Path session;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the copy (.gwb).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (session.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new UserInputException("--out must differ from --session: the copy does not replace the original.");
        }
        long before = Files.size(session);
        long after = CompactSessions.write(session, out);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "wrote %s: %.1f MB (the session: %.1f MB)%n", out, after / 1e6, before / 1e6);
        w.flush();
        return 0;
    }
}
