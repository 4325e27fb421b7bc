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

    /** The GUI opens when there is no subcommand: no arguments, or only the app's own options. */
    public static boolean isGuiInvocation(String[] args) {
        if (args.length == 0) return true;
        String first = args[0];
        if (CLI_WORDS.contains(first)) return false;
        return !new CommandLine(new GanWorkbenchCommand()).getSubcommands().containsKey(first);
    }

    public static int run(String[] args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new GanWorkbenchCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        return cl;
    }
}
