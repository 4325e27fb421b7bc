package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's --help formats cleanly: a bare % in a description is a format specifier to
 * picocli, which then prints a warning per use and shows the raw text ("93% of its speed" did).
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutPicocliWarnings() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8)); // picocli's tracer writes here
            CommandLine cl = GanWorkbenchCommand.newCommandLine();
            for (String name : cl.getSubcommands().keySet()) {
                CliTestSupport.Result r = CliTestSupport.run(name, "--help");
                assertEquals(0, r.exitCode(), name + ": " + r.err());
                assertFalse(r.out().contains("%n"), name + " shows an unformatted description");
            }
            assertTrue(CliTestSupport.run("train", "--help").out().contains("at least 93% of its speed"));
        } finally {
            System.setErr(stderr);
        }
        String printed = warnings.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("picocli WARN"), printed);
    }
}
