package org.ganworkbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.io.NpyFormat;
import org.ganworkbench.engine.judge.Judge;
import org.ganworkbench.engine.judge.JudgeCache;
import org.ganworkbench.engine.judge.JudgeInfo;
import org.ganworkbench.engine.judge.JudgeTraining;
import org.ganworkbench.engine.judge.Judges;
import org.ganworkbench.engine.judge.NoJudgeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code judge}: the judge of a dataset (trained once, cached), and its report on any generated images. */
@Command(name = "judge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train (once, then cached) or show the judge of a labelled image dataset: a small CNN",
                "classifier whose held-out accuracy says how far to trust it; with --images, its report on",
                "generated images (class histogram, confident share, Fréchet distance on its features).",
                "e.g. judge --dataset fashion-mnist --images samples.npy   (sample --out samples.npy writes one)", ""})
final class JudgeCommand implements Callable<Integer> {

    private static final long MAX_VALUES = 1L << 30;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "ID", description = "A labelled image dataset id (see `datasets list`).")
    String dataset;

    @Option(names = "--size", defaultValue = "0", paramLabel = "N",
            description = "Examples of a generated dataset (digits); as the run used. Default: the run default (20000).")
    int size;

    @Option(names = "--images", paramLabel = "FILE.npy",
            description = "Generated images to judge: float32 N x C x H x W in [-1, 1] (as `sample --out x.npy` writes).")
    Path images;

    @Option(names = "--retrain", description = "Train a new judge even if one is cached.")
    boolean retrain;

    @Option(names = "--quiet", description = "No progress bar while the judge trains.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ComputeBackend.initialize();
        Judges.useOneCore();
        Dataset data = Datasets.open(new DataSpec(dataset, size));
        JudgeCache cache = JudgeCache.inUserCache();
        if (retrain) Files.deleteIfExists(cache.fileFor(data));
        Judge judge;
        try (JudgeProgressBar bar = new JudgeProgressBar(quiet)) {
            judge = cache.obtain(data, JudgeTraining.Settings.DEFAULT, bar, () -> false, err::println);
        } catch (NoJudgeException e) {
            throw new UserInputException(e.getMessage());
        }
        describe(judge.info(), cache.fileFor(data), out);
        if (images != null) {
            float[] values = readImages(images, data.shape());
            int n = values.length / data.shape().size();
            out.print(judge.report(values, n, null).describe());
        }
        out.flush(); // print() does not flush an auto-flushing writer, and the process exits next
        return 0;
    }

    private static void describe(JudgeInfo i, Path file, PrintWriter out) {
        out.printf(Locale.ROOT, "%-16s %s%n", "judge", i.accuracySummary() + " (" + i.datasetId() + ")");
        out.printf(Locale.ROOT, "%-16s %s%n", "file", file);
        out.printf(Locale.ROOT, "%-16s %,d images, %.0f s%n", "trained on", i.trainedExamples(), i.trainingSeconds());
        out.printf(Locale.ROOT, "%-16s %.2f (%,d real images vs the held-out ones: the floor for generated images)%n",
                "real Fréchet", i.realFrechet(), Math.min(1000, i.trainedExamples()));
        StringBuilder perClass = new StringBuilder();
        for (int k = 0; k < i.classNames().size(); k++) {
            if (k > 0) perClass.append(", ");
            perClass.append(i.classNames().get(k)).append(String.format(Locale.ROOT, " %.1f%%", 100 * i.classAccuracy()[k]));
        }
        out.printf(Locale.ROOT, "%-16s %s%n", "per class", perClass);
    }

    private static float[] readImages(Path file, DataShape shape) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            NpyFormat.NpyArray a = NpyFormat.readAnyShape(in, MAX_VALUES, file.getFileName().toString());
            long[] s = a.shape();
            if (s.length != 4 || s[1] != shape.channels() || s[2] != shape.height() || s[3] != shape.width() || s[0] < 2) {
                throw new UserInputException(file + " holds an array of shape " + java.util.Arrays.toString(s)
                        + "; the judge takes N x " + shape.channels() + " x " + shape.height() + " x " + shape.width() + " images (N >= 2).");
            }
            return a.data();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserInputException("No such file: " + file);
        }
    }
}
