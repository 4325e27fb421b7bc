package org.ganworkbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.latent.Interpolation;
import org.ganworkbench.engine.latent.LatentExplorer;
import org.ganworkbench.engine.session.SessionData;
import org.ganworkbench.engine.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interpolate}: the frames between two samples of a saved generator. */
@Command(name = "interpolate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render the path between two samples of a saved run's generator.",
                "A seed names a sample: the same seed always gives the same z.",
                "e.g. interpolate --session run.gwb --from 3 --to 8 --frames 10 --method slerp --out strip.png", ""})
final class InterpolateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "A saved run (.gwb) of an image GAN.")
    Path session;

    @picocli.CommandLine.Mixin
    BranchOption branchOption = new BranchOption();

    @Option(names = "--from", required = true, paramLabel = "SEED", description = "Seed of the first sample.")
    long from;

    @Option(names = "--to", required = true, paramLabel = "SEED", description = "Seed of the last sample.")
    long to;

    @Option(names = "--frames", defaultValue = "10", paramLabel = "N", description = "Frames including both ends (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--method", defaultValue = "slerp", paramLabel = "slerp|lerp",
            description = "slerp keeps z on the prior's shell; lerp cuts through the middle (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "strip.png (one row) or anim.gif.")
    Path out;

    @Option(names = "--scale", defaultValue = "3", paramLabel = "K", description = "Upscale factor (default ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--delay", defaultValue = "120", paramLabel = "MS", description = "GIF frame delay (default ${DEFAULT-VALUE} ms).")
    int delayMs;

    @Override
    public Integer call() throws Exception {
        if (frames < 2 || frames > 1000) throw new UserInputException("--frames must be between 2 and 1000.");
        if (scale < 1 || scale > 16) throw new UserInputException("--scale must be between 1 and 16.");
        Interpolation.Method m = switch (method.toLowerCase(Locale.ROOT)) {
            case "slerp" -> Interpolation.Method.SLERP;
            case "lerp" -> Interpolation.Method.LERP;
            default -> throw new UserInputException("--method must be slerp or lerp, not '" + method + "'.");
        };
        try (TrainingRun run = TrainingRun.prepare(() -> branchOption.load(session, spec.commandLine().getErr()::println, SessionData.NONE))) {
            CliRuns.awaitReady(run);
            requireImages(run);
            LatentExplorer.Strip strip = run.submit(c -> LatentExplorer.interpolate(c,
                    LatentExplorer.latentForSeed(c, from), LatentExplorer.latentForSeed(c, to), frames, m)).join();
            LatentOutput.write(strip.images(), out, scale, delayMs, true);
            double[] n = strip.norms();
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d frames (%s) to %s; |z| from %.2f via %.2f to %.2f%n",
                    frames, m.name().toLowerCase(Locale.ROOT), out, n[0], n[n.length / 2], n[n.length - 1]);
        }
        return 0;
    }

    static void requireImages(TrainingRun run) {
        if (!run.submit(c -> c.model().shape().isImage()).join()) {
            throw new UserInputException("This run generates 2D points; interpolation and walks render images.");
        }
    }
}
