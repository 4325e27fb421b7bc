package org.ganworkbench.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The GUI's own command-line options:
 * <pre>
 * --autostart        start training at once (the default preset, or --preset)
 * --preset NAME      open with a built-in preset
 * --session FILE     open a saved session (.gwb)
 * --presenter        open in presenter mode
 * --steps N          with --autostart: pause after N steps and report the speed
 * </pre>
 * Unknown or incomplete options are reported in the window, never a reason not to open.
 */
public record StartupOptions(boolean autostart, String preset, Path session, boolean presenter, long steps,
                             List<String> problems) {

    public static final String USAGE = "GUI options: [--autostart] [--preset NAME] [--session FILE.gwb] [--presenter]"
            + " [--steps N]";

    public static StartupOptions parse(List<String> args) {
        boolean autostart = false;
        boolean presenter = false;
        String preset = null;
        Path session = null;
        long steps = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (a) {
                case "--autostart" -> autostart = true;
                case "--presenter" -> presenter = true;
                case "--preset", "--session", "--steps" -> {
                    if (next == null || next.startsWith("--")) {
                        problems.add(a + " needs a value. " + USAGE);
                        continue;
                    }
                    i++;
                    if (a.equals("--preset")) preset = next;
                    else if (a.equals("--session")) session = Path.of(next);
                    else steps = parseSteps(next, problems);
                }
                default -> problems.add("Unknown option '" + a + "' ignored. " + USAGE);
            }
        }
        return new StartupOptions(autostart, preset, session, presenter, steps, List.copyOf(problems));
    }

    private static long parseSteps(String text, List<String> problems) {
        try {
            long n = Long.parseLong(text);
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add("--steps needs a positive whole number, got '" + text + "'.");
        return 0;
    }
}
