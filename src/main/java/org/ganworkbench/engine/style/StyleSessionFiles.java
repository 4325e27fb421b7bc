package org.ganworkbench.engine.style;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ganworkbench.engine.AppVersion;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.io.ArchiveKind;
import org.ganworkbench.engine.io.CheckedZipReader;
import org.ganworkbench.engine.io.NpyException;
import org.ganworkbench.engine.io.NpyFormat;
import org.ganworkbench.engine.io.ZipSpec;
import org.ganworkbench.engine.session.SessionException;
import org.ganworkbench.engine.session.SessionZipWriter;

/**
 * Saves a style transfer as one {@code .gws} file, a zip like a training session: manifest.json (setup,
 * knobs, picture names, iterations, interventions), the content and style pictures, the current
 * picture and Adam's moments as float32 .npy, and history.csv. Reopening continues exactly where it
 * stopped. Written atomically; read with the same guards as sessions (entry names and sizes capped,
 * every array's shape checked, pictures within 0..1, no Java serialisation).
 */
public final class StyleSessionFiles {

    public static final String EXTENSION = ".gws";

    static final String MANIFEST = "manifest.json";
    static final String CONTENT = "content.npy";
    static final String STYLE = "style.npy";
    static final String IMAGE = "image.npy";
    static final String OPTIMISER = "optimiser.npy";
    static final String HISTORY = "history.csv";

    private static final long MIB = 1 << 20;
    private static final long PICTURE_CAP = 3L * StyleSetup.MAX_SIZE * StyleSetup.MAX_SIZE * 4 + MIB;
    private static final int MAX_HISTORY_ROWS = 1_000_000;
    private static final ArchiveKind KIND = new ArchiveKind("saved style transfer",
            "If someone sent it to you, ask them for a fresh copy.", SessionException::new);
    static final ZipSpec SPEC = new ZipSpec(KIND, List.of(
            ZipSpec.Entry.required(MANIFEST, MIB),
            ZipSpec.Entry.required(CONTENT, PICTURE_CAP),
            ZipSpec.Entry.required(STYLE, PICTURE_CAP),
            ZipSpec.Entry.required(IMAGE, PICTURE_CAP),
            ZipSpec.Entry.required(OPTIMISER, 2 * PICTURE_CAP),
            ZipSpec.Entry.required(HISTORY, 128 * MIB)),
            16, 6 * PICTURE_CAP + 129 * MIB);

    private StyleSessionFiles() {
    }

    /** Saves between two iterations; the optimisation goes on afterwards. */
    public static CompletableFuture<Path> save(StyleRun run, Path file) {
        return run.submit(ctx -> {
            write(ctx, run.latest().elapsedSeconds(), file);
            return file;
        });
    }

    /** Engine thread only. */
    static void write(StyleContext ctx, double elapsedSeconds, Path file) {
        StyleSource src = ctx.source();
        StyleOptimisation opt = ctx.optimisation();
        StyleManifest manifest = new StyleManifest(StyleManifest.FORMAT, StyleManifest.VERSION, AppVersion.get(),
                Instant.now().toString(), src.setup(), ctx.controls().current(), src.contentName(), src.styleName(),
                opt.iteration(), elapsedSeconds, ctx.controls().interventions());
        byte[] json;
        try {
            json = ConfigJson.mapper().writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int s = src.setup().size();
        long[] picture = {3, s, s};
        float[] image = opt.image().planes();
        float[] state = opt.optimiserState();
        try (SessionZipWriter zip = SessionZipWriter.create(file)) {
            zip.add(MANIFEST, json);
            zip.add(CONTENT, out -> NpyFormat.write(out, src.content().planes(), picture));
            zip.add(STYLE, out -> NpyFormat.write(out, src.style().planes(), picture));
            zip.add(IMAGE, out -> NpyFormat.write(out, image, picture));
            zip.add(OPTIMISER, out -> NpyFormat.write(out, state, new long[] {2, 3, s, s}));
            zip.add(HISTORY, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ctx.history().writeCsv(w);
                w.flush();
            });
            zip.commit();
        }
    }

    /**
     * Reads a saved style transfer (any thread; no ND4J).
     *
     * @throws SessionException saying what is wrong with the file
     */
    public static StyleSource load(Path file) {
        try (CheckedZipReader zip = CheckedZipReader.open(file, SPEC)) {
            StyleManifest m = manifest(zip.bytes(MANIFEST), file);
            int s = m.setup().size();
            long[] picture = {3, s, s};
            RgbImage content = picture(zip, CONTENT, picture, s);
            RgbImage style = picture(zip, STYLE, picture, s);
            RgbImage image = picture(zip, IMAGE, picture, s);
            float[] state = array(zip, OPTIMISER, new long[] {2, 3, s, s});
            for (float v : state) {
                if (!Float.isFinite(v)) throw new SessionException(file.getFileName() + ": the optimiser's state holds a value that is not a number.");
            }
            StyleHistory history;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(zip.stream(HISTORY), StandardCharsets.UTF_8))) {
                history = StyleHistory.readCsv(in, MAX_HISTORY_ROWS);
            } catch (IllegalArgumentException | IOException e) {
                throw new SessionException(file.getFileName() + ": " + e.getMessage(), e);
            }
            StyleSource.Resume resume = new StyleSource.Resume(image, state, m.iterations(), history,
                    m.interventions() == null ? List.of() : m.interventions(), Math.max(0, m.elapsedSeconds()));
            return new StyleSource(m.setup(), m.knobs(), content, name(m.contentName()), style, name(m.styleName()), resume);
        }
    }

    private static StyleManifest manifest(byte[] json, Path file) {
        StyleManifest m;
        try {
            m = ConfigJson.mapper().readValue(json, StyleManifest.class);
        } catch (IOException | RuntimeException e) {
            throw new SessionException(file.getFileName() + " is not a saved style transfer (its manifest cannot be read: "
                    + e.getMessage().lines().findFirst().orElse("") + ").", e);
        }
        if (!StyleManifest.FORMAT.equals(m.format())) {
            throw new SessionException(file.getFileName() + " is not a saved style transfer (format " + m.format() + ").");
        }
        if (m.formatVersion() > StyleManifest.VERSION) {
            throw new SessionException(file.getFileName() + " was saved by a newer version of the app (format "
                    + m.formatVersion() + "); update the app to open it.");
        }
        if (m.setup() == null || m.knobs() == null || m.iterations() < 0) {
            throw new SessionException(file.getFileName() + ": the manifest lacks its setup, knobs or iteration count.");
        }
        try {
            new StyleControls(m.knobs(), m.setup().network().layers(), 0, List.of()); // the same checks as a live change
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SessionException(file.getFileName() + ": its knobs are not valid (" + e.getMessage() + ").", e);
        }
        return m;
    }

    /** An entry's array; a refusal is a SessionException like every other refusal of the file. */
    private static float[] array(CheckedZipReader zip, String entry, long[] shape) {
        try {
            return NpyFormat.read(zip.stream(entry), shape, entry);
        } catch (NpyException e) {
            throw new SessionException(e.getMessage(), e);
        }
    }

    private static RgbImage picture(CheckedZipReader zip, String entry, long[] shape, int size) {
        float[] v = array(zip, entry, shape);
        for (float x : v) {
            if (!(x >= 0 && x <= 1)) throw new SessionException(entry + " holds a value outside 0..1 (" + x + "): the file is damaged.");
        }
        return new RgbImage(size, size, v);
    }

    private static String name(String n) {
        return n == null || n.isBlank() ? "picture" : n.length() > 200 ? n.substring(0, 200) : n;
    }
}
