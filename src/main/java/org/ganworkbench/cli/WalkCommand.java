package org.ganworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.latent.LatentExplorer;
import org.ganworkbench.engine.session.SessionData;
import org.ganworkbench.engine.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walk}: a smooth, looping random walk through a saved generator's latent space. */
@Command(name = "walk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render a smooth random walk through latent space as a looping GIF.",
                "e.g. walk --session run.gwb --frames 120 --out walk.gif", ""})
final class WalkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "A saved run (.gwb) of an image GAN.")
    Path session;

    @picocli.CommandLine.Mixin
    BranchOption branchOption = new BranchOption();

    @Option(names = "--frames", defaultValue = "120", paramLabel = "N", description = "Frames in one loop (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--key-points", defaultValue = "6", paramLabel = "K", description = "Random samples the loop passes through (default ${DEFAULT-VALUE}).")
    int keyPoints;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the walk (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.gif", description = "The animated GIF to write.")
    Path out;

    @Option(names = "--scale", defaultValue = "4", paramLabel = "K", description = "Upscale factor (default ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--delay", defaultValue = "60", paramLabel = "MS", description = "Frame delay; smaller is faster (default ${DEFAULT-VALUE} ms).")
    int delayMs;

    @Override
    public Integer call() throws Exception {
        if (frames < 2 || frames > 1000) throw new UserInputException("--frames must be between 2 and 1000.");
        if (keyPoints < 2 || keyPoints > frames) throw new UserInputException("--key-points must be between 2 and --frames.");
        if (scale < 1 || scale > 16) throw new UserInputException("--scale must be between 1 and 16.");
        try (TrainingRun run = TrainingRun.prepare(() -> branchOption.load(session, spec.commandLine().getErr()::println, SessionData.NONE))) {
            CliRuns.awaitReady(run);
            InterpolateCommand.requireImages(run);
            var images = run.submit(c -> LatentExplorer.walk(c, seed, keyPoints, frames)).join();
            LatentOutput.write(images, out, scale, delayMs, false);
        }
        spec.commandLine().getOut().println("wrote a " + frames + "-frame walk to " + out);
        return 0;
    }
}
