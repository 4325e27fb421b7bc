package org.ganworkbench.ui.latent;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.io.GifWriter;
import org.ganworkbench.engine.latent.Interpolation;
import org.ganworkbench.engine.latent.LatentExplorer;
import org.ganworkbench.engine.latent.LatentModel;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * Interpolation between two samples: pick two cells of a small grid of the run's fixed samples (or
 * two seeds), and see the N frames between them by lerp and by slerp, with the latent norm along
 * each path. FX thread only.
 */
public final class InterpolationViewModel {

    public static final int CELLS_SIDE = 4;
    static final int EXPORT_SCALE = 3;
    static final int GIF_DELAY_MS = 150;

    /** Both paths between the same two points. */
    public record Strips(LatentExplorer.Strip lerp, LatentExplorer.Strip slerp, String from, String to) {
        public int frames() {
            return lerp.images().count();
        }
    }

    private final ExplorerSource source;
    private final Notices notices;
    private final TaskRunner tasks;
    private final IntegerProperty frames = new SimpleIntegerProperty(8);
    private final ObjectProperty<PixelImage> cells = new SimpleObjectProperty<>();
    private final ObjectProperty<Strips> strips = new SimpleObjectProperty<>();
    private final ObjectProperty<PixelImage> lerpStrip = new SimpleObjectProperty<>();
    private final ObjectProperty<PixelImage> slerpStrip = new SimpleObjectProperty<>();
    private final StringProperty hint = new SimpleStringProperty("Click two samples to interpolate between them.");
    private final Set<Integer> picked = new LinkedHashSet<>();
    private SampleImages cellImages;
    private Endpoints last;

    private record Endpoints(float[] a, float[] b, String from, String to) {
    }

    InterpolationViewModel(ExplorerSource source, Notices notices, TaskRunner tasks) {
        this.source = source;
        this.notices = notices;
        this.tasks = tasks;
        source.versionProperty().addListener((obs, o, n) -> {
            picked.clear();
            last = null;
            strips.set(null);
            lerpStrip.set(null);
            slerpStrip.set(null);
            cells.set(null);
        });
        source.addRefreshListener(this::refresh);
        frames.addListener((obs, o, n) -> {
            if (last != null) interpolate(last);
        });
    }

    /** New weights: the sample cells and the strip are rendered again. */
    private void refresh() {
        LatentModel.Info info = source.info();
        if (info == null || !info.isImage()) return;
        int n = Math.min(CELLS_SIDE * CELLS_SIDE, info.fixedSamples());
        source.request("cells", m -> {
            float[] z = new float[n * info.latentSize()];
            for (int i = 0; i < n; i++) System.arraycopy(m.fixedNoise(i), 0, z, i * info.latentSize(), info.latentSize());
            return m.render(z, n);
        }, images -> {
            cellImages = images;
            showCells();
        });
        if (last != null) interpolate(last);
    }

    private void showCells() {
        cells.set(cellImages == null ? null : Pictures.grid(cellImages, CELLS_SIDE, picked));
    }

    /** The cell under a point of the cells picture (its pixel coordinates), or -1 between cells. */
    public int cellAt(double x, double y) {
        if (cellImages == null) return -1;
        int gap = Pictures.SCREEN.gap();
        int col = (int) Math.floor((x - gap) / (cellImages.width() + gap));
        int row = (int) Math.floor((y - gap) / (cellImages.height() + gap));
        if (col < 0 || row < 0 || col >= CELLS_SIDE) return -1;
        int i = row * CELLS_SIDE + col;
        return i < cellImages.count() ? i : -1;
    }

    /** A click on cell i: the first pick is the start, the second the end; a third starts over. */
    public void pick(int cell) {
        if (cellImages == null || cell < 0 || cell >= cellImages.count()) return;
        if (picked.size() == 2) picked.clear();
        picked.add(cell);
        showCells();
        if (picked.size() < 2) {
            hint.set("Sample " + cell + " picked; now click a second one.");
            return;
        }
        List<Integer> ab = new ArrayList<>(picked);
        int a = ab.get(0);
        int b = ab.get(1);
        source.request("endpoints", m -> new float[][] {m.fixedNoise(a), m.fixedNoise(b)},
                z -> interpolate(new Endpoints(z[0], z[1], "sample " + a, "sample " + b)));
    }

    /** Between the samples two seeds name (as in {@code interpolate --from A --to B}). */
    public void interpolateSeeds(long from, long to) {
        if (source.info() == null) return;
        picked.clear();
        showCells();
        source.request("endpoints", m -> new float[][] {m.latentForSeed(from), m.latentForSeed(to)},
                z -> interpolate(new Endpoints(z[0], z[1], "seed " + from, "seed " + to)));
    }

    private void interpolate(Endpoints ends) {
        last = ends;
        int n = Math.max(2, frames.get());
        source.request("strip", m -> new Strips(m.interpolate(ends.a(), ends.b(), n, Interpolation.Method.LERP),
                m.interpolate(ends.a(), ends.b(), n, Interpolation.Method.SLERP), ends.from(), ends.to()), s -> {
            strips.set(s);
            lerpStrip.set(Pictures.of(ImageGrid.strip(s.lerp().images(), Pictures.SCREEN)));
            slerpStrip.set(Pictures.of(ImageGrid.strip(s.slerp().images(), Pictures.SCREEN)));
            hint.set(s.frames() + " frames from " + s.from() + " to " + s.to() + ".");
        });
    }

    /** sqrt(d): the shell a d-dimensional standard normal's samples lie near; NaN for other priors. */
    public double priorShell() {
        LatentModel.Info info = source.info();
        if (info == null || info.prior().distribution() != LatentDistribution.NORMAL) return Double.NaN;
        return Math.sqrt(info.latentSize());
    }

    /** Lerp above slerp, one frame per column. */
    public void exportPng(Path file) {
        Strips s = strips.get();
        if (s == null) {
            notices.warning("Interpolate two samples first.");
            return;
        }
        tasks.run("Exporting " + file.getFileName(), p -> {
            ImageGrid.writePng(ImageGrid.grid(Pictures.concat(s.lerp().images(), s.slerp().images()), s.frames(),
                    ImageGrid.Style.DEFAULT.withScale(EXPORT_SCALE)), file);
            return file;
        }, done -> notices.info("Exported the interpolation strip to " + file + "."),
                failure -> notices.error("Could not write " + file.getFileName() + ": " + Notices.describe(failure)));
    }

    /** Lerp and slerp side by side, there and back again. */
    public void exportGif(Path file) {
        Strips s = strips.get();
        if (s == null) {
            notices.warning("Interpolate two samples first.");
            return;
        }
        tasks.run("Writing " + file.getFileName(), p -> {
            List<BufferedImage> pictures = new ArrayList<>();
            int n = s.frames();
            for (int k = 0; k < 2 * n - 2; k++) {
                int i = k < n ? k : 2 * n - 2 - k;
                SampleImages pair = Pictures.concat(one(s.lerp().images(), i), one(s.slerp().images(), i));
                pictures.add(ImageGrid.grid(pair, 2, ImageGrid.Style.DEFAULT.withScale(EXPORT_SCALE)));
            }
            GifWriter.write(file, pictures, GIF_DELAY_MS);
            return file;
        }, done -> notices.info("Wrote the interpolation (lerp | slerp) to " + file + "."),
                failure -> notices.error("Could not write " + file.getFileName() + ": " + Notices.describe(failure)));
    }

    static SampleImages one(SampleImages images, int i) {
        return new SampleImages(1, images.width(), images.height(), images.image(i));
    }

    public IntegerProperty framesProperty() { return frames; }
    public ReadOnlyObjectProperty<PixelImage> cellsProperty() { return cells; }
    public ReadOnlyObjectProperty<Strips> stripsProperty() { return strips; }
    public ReadOnlyObjectProperty<PixelImage> lerpStripProperty() { return lerpStrip; }
    public ReadOnlyObjectProperty<PixelImage> slerpStripProperty() { return slerpStrip; }
    public ReadOnlyStringProperty hintProperty() { return hint; }
    /** Cells of the sample grid picked so far, in order. */
    public List<Integer> picked() { return List.copyOf(picked); }
}
