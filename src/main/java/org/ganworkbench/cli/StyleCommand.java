package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.data.download.Cancellation;
import org.ganworkbench.engine.style.FeatureNetworks;
import org.ganworkbench.engine.style.NetworkKind;
import org.ganworkbench.engine.style.RgbImage;
import org.ganworkbench.engine.style.StyleExports;
import org.ganworkbench.engine.style.StyleFields;
import org.ganworkbench.engine.style.StyleKnobs;
import org.ganworkbench.engine.style.StyleRun;
import org.ganworkbench.engine.style.StyleSessionFiles;
import org.ganworkbench.engine.style.StyleSetup;
import org.ganworkbench.engine.style.StyleSnapshot;
import org.ganworkbench.engine.style.StyleSource;
import org.ganworkbench.engine.style.net.ZooVgg16;
import org.ganworkbench.engine.style.pictures.BuiltInPicture;
import org.ganworkbench.engine.style.pictures.PictureFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code style}: neural style transfer without a window, the same optimisation as the app's Style transfer tab. */
@Command(name = "style", mixinStandardHelpOptions = true, modelTransformer = StyleOptions.class, sortOptions = false,
        description = {"Redraw a picture in the style of another (Gatys et al. 2016): the pixels are optimised so that",
                "a CNN sees the content picture's layout and the style picture's textures.",
                "e.g. style --content photo.jpg --style painting.jpg --size 256 --iterations 300 --out result.png",
                "",
                "Pictures: a file (PNG, JPEG, GIF, BMP; cropped to a centred square) or a built-in one:",
                "  content: house, hills, city, fruit   style: brush-strokes, swirls, mosaic, stripes, dots", ""})
final class StyleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "PICTURE", defaultValue = "house", description = "The picture to redraw. Default: ${DEFAULT-VALUE}.")
    String content;

    @Option(names = "--style", paramLabel = "PICTURE", defaultValue = "brush-strokes", description = "The picture whose style to take. Default: ${DEFAULT-VALUE}.")
    String style;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "style.png", description = "The result, PNG. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--gif", paramLabel = "FILE", description = "Also write the progress as an animated GIF.")
    Path gif;

    @Option(names = "--save", paramLabel = "FILE", description = "Also save the whole state (" + StyleSessionFiles.EXTENSION
            + "), to continue with --resume or open in the app.")
    Path save;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue a saved style transfer (" + StyleSessionFiles.EXTENSION
            + "); --iterations more.")
    Path resume;

    @Option(names = "--download", description = "With --network vgg16: download VGG16's ImageNet weights (about 500 MB, once) if they are not here.")
    boolean download;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the starting noise and of the built-in filters. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--quiet", description = "No progress bar; one summary line at the end.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int iterations = (int) StyleOptions.number(spec, StyleFields.ITERATIONS, 300);
        StyleSource source = resume != null ? StyleSessionFiles.load(resume) : freshSource();
        ZooVgg16 zoo = ZooVgg16.imagenet(CacheDirectory.resolve());
        if (source.setup().network() == NetworkKind.VGG16) ensureVgg16(zoo, err);

        long start = source.resume() == null ? 0 : source.resume().iterations();
        long target = start + iterations;
        try (StyleProgress progress = new StyleProgress(start, target, quiet);
             StyleRun run = StyleRun.prepare(() -> source, setup -> FeatureNetworks.build(setup, zoo), progress)) {
            try {
                run.ready().get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof WorkbenchException w ? w : new UserInputException(e.getCause().getMessage());
            }
            StyleSnapshot last = run.runUntil(target).get();
            progress.close();
            if (!last.message().isEmpty()) err.println(last.message());
            StyleExports.png(run, out).get();
            if (gif != null) StyleExports.gif(run, gif).get();
            if (save != null) StyleSessionFiles.save(run, save).get();
            if (last.metrics() == null || last.iteration() < target) {
                throw new UserInputException("stopped after " + last.iteration() + " iterations: " + last.message());
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d iterations on %s; content %.4f, style %.4f, smoothness %.4f%s%n",
                    out, last.iteration(), last.network(), last.metrics().content(), last.metrics().style(),
                    last.metrics().variation(), gif == null ? "" : "; progress in " + gif);
            return 0;
        }
    }

    private StyleSource freshSource() {
        NetworkKind network;
        String startText;
        try {
            String n = StyleOptions.given(spec, StyleFields.NETWORK);
            network = n == null ? NetworkKind.RANDOM : NetworkKind.parse(n);
            startText = StyleOptions.given(spec, StyleFields.START);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        int size = (int) StyleOptions.number(spec, StyleFields.SIZE, 256);
        String sizeProblem = StyleSetup.sizeProblem(size);
        if (sizeProblem != null) throw new UserInputException(sizeProblem);
        StyleSetup.StartFrom startFrom = startText == null ? StyleSetup.StartFrom.NOISE : parseStart(startText);
        StyleSetup setup = new StyleSetup(network, size, startFrom, seed);
        StyleKnobs knobs = knobs(StyleKnobs.defaults(network), network);
        RgbImage c = PictureFiles.read(content, size);
        RgbImage s = PictureFiles.read(style, size);
        return StyleSource.fresh(setup, knobs, c, pictureName(content), s, pictureName(style));
    }

    private StyleKnobs knobs(StyleKnobs k, NetworkKind network) {
        for (var f : List.of(StyleFields.CONTENT_WEIGHT, StyleFields.STYLE_WEIGHT, StyleFields.VARIATION_WEIGHT, StyleFields.LEARNING_RATE)) {
            k = StyleFields.write(f, k, StyleOptions.number(spec, f, StyleFields.read(f, k)));
        }
        String contentLayer = StyleOptions.given(spec, StyleFields.CONTENT_LAYER);
        String styleLayers = StyleOptions.given(spec, StyleFields.STYLE_LAYERS);
        if (contentLayer != null) k = k.withContentLayer(layer(contentLayer.trim(), network));
        if (styleLayers != null) {
            List<String> chosen = Arrays.stream(styleLayers.split("[,\\s]+")).filter(t -> !t.isEmpty()).map(t -> layer(t, network)).toList();
            if (chosen.isEmpty()) throw new UserInputException("--style-layers needs at least one layer.");
            k = k.withStyleLayers(chosen);
        }
        return k;
    }

    private static String layer(String name, NetworkKind network) {
        if (!network.layers().contains(name)) {
            throw new UserInputException("'" + name + "' is not a layer of " + network.title() + "; its layers: "
                    + String.join(", ", network.layers()) + ".");
        }
        return name;
    }

    private static StyleSetup.StartFrom parseStart(String text) {
        try {
            return StyleSetup.StartFrom.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--start must be noise or content; got '" + text + "'.");
        }
    }

    private static String pictureName(String idOrPath) {
        return BuiltInPicture.byId(idOrPath).map(BuiltInPicture::title).orElseGet(() -> {
            Path p = Path.of(idOrPath).getFileName();
            return p == null ? idOrPath : p.toString();
        });
    }

    private void ensureVgg16(ZooVgg16 zoo, PrintWriter err) {
        if (zoo.cached().isPresent()) return;
        if (!download) {
            throw new UserInputException("VGG16's ImageNet weights are not on this machine. Add --download to fetch them once "
                    + "(about " + ZooVgg16.APPROXIMATE_BYTES / 1_000_000 + " MB from " + zoo.remoteFile().mirrors().get(0)
                    + " into " + zoo.folder() + "), or use --network random.");
        }
        err.println("Downloading VGG16's ImageNet weights from DL4J's model zoo (about " + ZooVgg16.APPROXIMATE_BYTES / 1_000_000
                + " MB) into " + zoo.folder());
        Cancellation cancel = new Cancellation();
        Thread hook = new Thread(cancel::cancel);
        Runtime.getRuntime().addShutdownHook(hook);
        try (DownloadProgressBar bar = new DownloadProgressBar(err, quiet)) {
            zoo.download(bar, cancel);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook has run and cancelled the download
            }
        }
        if (!Files.isRegularFile(zoo.cached().orElseThrow())) throw new UserInputException("the download did not produce a file");
    }
}
