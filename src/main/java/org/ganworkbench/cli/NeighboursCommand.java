package org.ganworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.judge.Judge;
import org.ganworkbench.engine.judge.Judges;
import org.ganworkbench.engine.judge.LiveJudge;
import org.ganworkbench.engine.judge.NearestNeighbours;
import org.ganworkbench.engine.judge.NoJudgeException;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.engine.session.RunExports;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code neighbours}: did the generator just copy? Fresh samples beside their nearest training images. */
@Command(name = "neighbours", aliases = "neighbors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw fresh samples from a saved image run and find, for each, the nearest training images",
                "by pixels and by the judge's features (labelled data), with their distances: a sample that sits",
                "on top of a training image (distance near 0) was copied. Writes a PNG, one row per sample, and",
                "prints the distances.", ""})
final class NeighboursCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "A saved image run (.gwb).")
    Path session;

    @Option(names = "--count", defaultValue = "8", paramLabel = "N", description = "Samples to check (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--k", defaultValue = "5", paramLabel = "K", description = "Neighbours per sample and space (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The picture to write.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the latent noise (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--quiet", description = "No progress bar while the judge trains.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > 256) throw new UserInputException("--count must be between 1 and 256.");
        if (k < 1 || k > 20) throw new UserInputException("--k must be between 1 and 20.");
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UserInputException("--out must be a .png file.");
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(session, err::println))) {
            CliRuns.awaitReady(run);
            if (!run.submit(c -> c.model().shape().isImage()).join()) {
                throw new UserInputException("neighbours compares images; this run generates 2D points.");
            }
            Dataset data = run.submit(c -> c.dataset()).join();
            if (data == null) throw new UserInputException("neighbours searches the run's training data, which is not available here.");
            int classes = run.classNames().size();
            int[] asked = classes > 0 ? LiveJudge.balancedLabels(count, classes) : null;
            float[] samples = run.submit(c -> RunExports.generate(c, count, seed, asked)).join();
            Judge judge = judgeOrNull(data, err);
            NearestNeighbours index;
            try (JudgeProgressBar bar = new JudgeProgressBar(quiet)) {
                index = NearestNeighbours.index(data, judge, bar, () -> false);
            }
            List<NearestNeighbours.Neighbours> found = index.find(samples, count, k);
            ImageGrid.writePng(NeighbourSheet.draw(samples, found, data, k), out);
            print(o, found, data, judge);
        }
        o.println("wrote " + count + " samples and their nearest training images to " + out);
        return 0;
    }

    private Judge judgeOrNull(Dataset data, PrintWriter err) {
        try (JudgeProgressBar bar = new JudgeProgressBar(quiet)) {
            return Judges.of(data, bar, err::println);
        } catch (NoJudgeException e) {
            err.println(e.getMessage() + " Searching by pixels only.");
            return null;
        }
    }

    private static void print(PrintWriter o, List<NearestNeighbours.Neighbours> found, Dataset data, Judge judge) {
        double typical = NearestNeighbours.typicalDistance(data);
        o.printf(Locale.ROOT, "pixel distance between two training images: median %.1f (a copy is near 0)%n", typical);
        if (judge != null) o.println(judge.info().accuracySummary());
        for (int i = 0; i < found.size(); i++) {
            NearestNeighbours.Match p = found.get(i).pixels().get(0);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "sample %d: nearest by pixels #%d (%s) at %.2f",
                    i, p.index(), name(data, p), p.distance()));
            if (!found.get(i).features().isEmpty()) {
                NearestNeighbours.Match f = found.get(i).features().get(0);
                line.append(String.format(Locale.ROOT, "; by judge features #%d (%s) at %.2f", f.index(), name(data, f), f.distance()));
            }
            o.println(line);
        }
    }

    private static String name(Dataset data, NearestNeighbours.Match m) {
        return m.label() < 0 ? "unlabelled" : data.classNames().get(m.label());
    }
}
