package org.ganworkbench.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.io.NpyFormat;
import org.ganworkbench.engine.io.OutputFiles;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.engine.session.PointCloudImage;
import org.ganworkbench.engine.session.RunExports;
import org.ganworkbench.engine.session.SessionData;
import org.ganworkbench.engine.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sample}: fresh samples from a saved generator, as a picture or as numbers. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw samples from a saved run's generator.",
                "The output format follows the file extension:",
                "  .png  a grid of images (or a scatter plot over the real data for 2D runs)",
                "  .npy  float32 array: N x C x H x W in [-1, 1] for images, N x 2 for points",
                "  .csv  x,y per line (2D runs only)",
                "A conditional run draws one row per class, or only the class given with --class.", ""})
final class SampleCommand implements Callable<Integer> {

    static final int MAX_COUNT = 100_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "A saved run (.gwb).")
    Path session;

    @picocli.CommandLine.Mixin
    BranchOption branchOption = new BranchOption();

    @Option(names = "--count", defaultValue = "64", paramLabel = "N", description = "Number of samples (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .png, .npy or .csv.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the latent noise (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--class", paramLabel = "C", description = "Conditional runs only: draw this class, by index "
            + "(0 is the first) or by name (default: one row per class).")
    String classChoice;

    @Option(names = "--truncation", defaultValue = "0", paramLabel = "T", description = "Draw z with every value "
            + "within +-T, drawing the others again (BigGAN's truncation trick): more typical samples, less variety; "
            + "e.g. 1.0 for a Gaussian z. Default: off (0).")
    double truncation;

    @Option(names = "--columns", paramLabel = "C", description = "PNG grid columns (default: a square grid).")
    Integer columns;

    @Option(names = "--scale", defaultValue = "2", paramLabel = "K", description = "PNG upscale factor for images (default ${DEFAULT-VALUE}).")
    int scale;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > MAX_COUNT) throw new UserInputException("--count must be between 1 and " + MAX_COUNT + ".");
        if (scale < 1 || scale > 16) throw new UserInputException("--scale must be between 1 and 16.");
        if (!(truncation >= 0 && truncation <= 100)) {
            throw new UserInputException("--truncation must be 0 (off) or a positive threshold up to 100, e.g. 1.0; got " + truncation + ".");
        }
        String ext = extension(out);
        if (!ext.equals("png") && !ext.equals("npy") && !ext.equals("csv")) {
            throw new UserInputException("--out must end in .png, .npy or .csv, not '" + out.getFileName() + "'.");
        }
        OutputFiles.checkTarget(out); // a folder, a link or /dev/null is refused before minutes of work
        try (TrainingRun run = TrainingRun.prepare(() -> branchOption.load(session, spec.commandLine().getErr()::println, SessionData.NONE))) {
            CliRuns.awaitReady(run);
            DataShape shape = run.submit(c -> c.model().shape()).join();
            List<String> classes = run.classNames();
            int[] labels = labels(classes);
            float[] values = run.submit(c -> RunExports.generate(c, count, seed, labels, truncation)).join();
            switch (ext) {
                case "png" -> writePng(run, shape, values, classes);
                case "npy" -> writeNpy(shape, values);
                default -> writeCsv(shape, values);
            }
        }
        spec.commandLine().getOut().println("wrote " + count + " samples to " + out);
        return 0;
    }

    /** The label of each sample: the chosen class, or rows of classes; null for an unconditional run. */
    private int[] labels(List<String> classes) {
        if (classChoice == null) return classes.isEmpty() ? null : RunExports.labelsByRow(count, classes.size());
        if (classes.isEmpty()) {
            throw new UserInputException("--class needs a conditional run, but " + session.getFileName()
                    + " is unconditional: its generator knows no classes. Leave out --class.");
        }
        int chosen = classes.indexOf(classChoice.trim());
        if (chosen < 0) {
            try {
                chosen = Integer.parseInt(classChoice.trim());
            } catch (NumberFormatException e) {
                chosen = -1;
            }
        }
        if (chosen < 0 || chosen >= classes.size()) {
            throw new UserInputException("--class " + classChoice + " is not a class of this run: give an index from 0 to "
                    + (classes.size() - 1) + " or a name (" + String.join(", ", classes) + ").");
        }
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, chosen);
        return labels;
    }

    private void writePng(TrainingRun run, DataShape shape, float[] values, List<String> classes) throws IOException {
        if (shape.isImage()) {
            SampleImages images = SampleImages.fromFloats(values, count, shape.channels(), shape.height(), shape.width());
            int square = (int) Math.ceil(Math.sqrt(count));
            int cols = columns != null ? columns
                    : classes.isEmpty() || classChoice != null ? square : RunExports.perClassRow(count, classes.size());
            if (cols < 1) throw new UserInputException("--columns must be at least 1.");
            ImageGrid.writePng(ImageGrid.grid(images, cols, ImageGrid.Style.DEFAULT.withScale(scale)), out);
        } else {
            float[] real = run.submit(c -> RunExports.realPoints(c, 4000)).join();
            ImageGrid.writePng(PointCloudImage.render(real.length > 0 ? real : values, values, 640), out);
        }
    }

    private void writeNpy(DataShape shape, float[] values) throws IOException {
        long[] dims = shape.isImage() ? new long[] {count, shape.channels(), shape.height(), shape.width()}
                : new long[] {count, 2};
        OutputFiles.write(out, temp -> {
            try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                NpyFormat.write(o, values, dims);
            }
        });
    }

    private void writeCsv(DataShape shape, float[] values) throws IOException {
        if (shape.isImage()) throw new UserInputException("CSV holds 2D points; this run makes images: use .png or .npy.");
        OutputFiles.write(out, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write("x,y\n");
                for (int i = 0; i < count; i++) {
                    w.write(String.format(Locale.ROOT, "%.6g,%.6g%n", values[2 * i], values[2 * i + 1]));
                }
            }
        });
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
