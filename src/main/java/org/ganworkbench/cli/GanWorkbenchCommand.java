package org.ganworkbench.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code java -jar gan-workbench.jar <command> ...}. */
@Command(name = "gan-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Train, sample and explore GANs, and run style transfer, without a window.",
                "Run without arguments to open the app."},
        subcommands = {TrainCommand.class, SampleCommand.class, InterpolateCommand.class, WalkCommand.class,
                EvalCommand.class, StyleCommand.class, JudgeCommand.class, NeighboursCommand.class, DatasetsCommand.class, BenchCommand.class,
                InfoCommand.class, CompactCommand.class, CompareCommand.class,
                CommandLine.HelpCommand.class})
public final class GanWorkbenchCommand implements Runnable {

    private static final Set<String> CLI_WORDS = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * The GUI opens when there is no subcommand: no arguments, or only the app's own options (all
     * of which start with "--"). A first word that is not an option is a command, maybe mistyped
     * ({@code trian}): the command line answers it, the window does not open.
     */
    public static boolean isGuiInvocation(String[] args) {
        if (args.length == 0) return true;
        String first = args[0];
        if (CLI_WORDS.contains(first)) return false;
        // no command's name starts with "-": no need to build picocli's model of every command here,
        // which cost start-up time twice (the launching JVM and the window's)
        return first.startsWith("-");
    }

    public static int run(String[] args) {
        return newCommandLine().execute(args);
    }

    /**
     * A mistake on the command line: one line saying what is wrong, the closest command or option
     * when one is near, and where to read more; exit code 2.
     */
    private static int usageMistake(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        java.io.PrintWriter err = cl.getErr();
        boolean root = cl.getParent() == null;
        java.util.List<String> unmatched = e instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched() : java.util.List.of();
        String what = root && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")
                ? "'" + unmatched.get(0) + "' is not a command." : e.getMessage();
        err.println(cl.getColorScheme().errorText("error: " + what));
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            java.util.List<String> near = u.getSuggestions();
            if (!near.isEmpty()) err.println("Did you mean: " + String.join(" or ", near.subList(0, Math.min(3, near.size()))) + "?");
        }
        err.println(root ? "Commands: " + String.join(", ", cl.getSubcommands().keySet()) + "; --help says more."
                : "Run `" + cl.getCommandName() + " --help` for usage.");
        return 2;
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new GanWorkbenchCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        cl.setParameterExceptionHandler(GanWorkbenchCommand::usageMistake);
        return cl;
    }
}
