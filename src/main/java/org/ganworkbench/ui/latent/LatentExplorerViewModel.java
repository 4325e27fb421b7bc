package org.ganworkbench.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.latent.LatentDirections;
import org.ganworkbench.engine.latent.LatentModel;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * The explorer's sliders and the image that follows them. The sliders are either chosen latent
 * dimensions (each sets one coordinate of z) or GANSpace principal directions, most variance
 * first (each moves z along one direction from where the sliders started). Every change asks the
 * renderer for one frame under the key "slider", so a fast drag replaces frames not yet drawn.
 *
 * <p>FX thread only.
 */
public final class LatentExplorerViewModel {

    public enum SliderSet { DIMENSIONS, PRINCIPAL }

    static final int PRINCIPAL_COUNT = 8;
    static final int MAX_SLIDERS = 16;

    private final ExplorerSource source;
    private final Notices notices;
    private final ObjectProperty<SliderSet> sliderSet = new SimpleObjectProperty<>(SliderSet.DIMENSIONS);
    private final StringProperty dimensions = new SimpleStringProperty("0-7");
    private final ObservableList<LatentSlider> sliders = FXCollections.observableArrayList();
    private final ObjectProperty<PixelImage> image = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> point = new SimpleObjectProperty<>();
    private final DoubleProperty renderMillis = new SimpleDoubleProperty(Double.NaN);
    private final IntegerProperty framesShown = new SimpleIntegerProperty();
    private LatentDirections directions;
    private int[] dims = new int[0];
    private LatentDirections principal;
    private float[] base;
    private boolean rebuilding;
    private SliderSet builtFor;
    private long nextSeed = 1;

    LatentExplorerViewModel(ExplorerSource source, Notices notices) {
        this.source = source;
        this.notices = notices;
        source.versionProperty().addListener((obs, o, n) -> newLatentSpace());
        source.chosenClassProperty().addListener((obs, o, n) -> classChanged());
        source.addRefreshListener(() -> {
            if (base != null) render();
        });
        sliderSet.addListener((obs, o, n) -> {
            if (base != null) {
                base = current();
                buildSliders();
            }
        });
    }

    /** Another model: start from its first fixed-noise sample (the studio grid's top-left cell). */
    private void newLatentSpace() {
        base = null;
        principal = null;
        directions = null;
        rebuilding = true;
        sliders.clear();
        rebuilding = false;
        image.set(null);
        point.set(null);
        LatentModel.Info info = source.info();
        if (info == null) return;
        int d = info.latentSize();
        dimensions.set(d <= 8 ? "0-" + (d - 1) : "0-7");
        source.request("base", m -> m.fixedNoise(0), z -> {
            if (source.info() != info) return;
            base = z;
            buildSliders();
        });
    }

    // ------------------------------------------------------------------ slider sets

    private void buildSliders() {
        LatentModel.Info info = source.info();
        if (info == null || base == null) return;
        double range = info.prior().distribution() == LatentDistribution.UNIFORM ? 1.5 : 3.5;
        List<LatentSlider> list = new ArrayList<>();
        if (sliderSet.get() == SliderSet.PRINCIPAL) {
            if (principal == null) {
                computePrincipal(info);
                return;
            }
            directions = principal;
            double total = 0;
            for (double v : principal.variances()) total += v;
            for (int i = 0; i < principal.count(); i++) {
                String share = total > 0 ? String.format(Locale.ROOT, " %.0f%%", 100 * principal.variances()[i] / total) : "";
                list.add(new LatentSlider(principal.labels()[i] + share, -range, range, 0));
            }
        } else {
            dims = parseDimensions(dimensions.get(), info.latentSize());
            directions = LatentDirections.axes(info.latentSize(), dims);
            for (int dim : dims) list.add(new LatentSlider("z[" + dim + "]", -range, range, clamp(base[dim], range)));
        }
        rebuilding = true;
        builtFor = sliderSet.get();
        sliders.setAll(list);
        for (LatentSlider s : list) s.value().addListener((obs, o, n) -> {
            if (!rebuilding) render();
        });
        rebuilding = false;
        render();
    }

    /**
     * A conditional G's principal directions are those of the class shown (see
     * {@code LatentExplorer.principalDirections}): another class, measured again from where z is.
     */
    private void classChanged() {
        principal = null;
        if (base != null && sliderSet.get() == SliderSet.PRINCIPAL && builtFor == SliderSet.PRINCIPAL) {
            base = current();
            buildSliders();
        }
    }

    private void computePrincipal(LatentModel.Info info) {
        int label = source.chosenClassProperty().get();
        String of = info.classCount() > 0 ? " for class " + info.classNames().get(label) : "";
        notices.info("Finding the principal directions of the generator" + of + " (GANSpace)...");
        source.request("principal", m -> m.principalDirections(PRINCIPAL_COUNT), dirs -> {
            if (source.info() == null || !source.info().prior().equals(info.prior())) return;
            if (source.chosenClassProperty().get() != label) return; // another class was chosen meanwhile
            principal = dirs;
            notices.info("Principal directions ready: PC1 changes the image most.");
            if (sliderSet.get() == SliderSet.PRINCIPAL) buildSliders();
        });
    }

    /** Applies the dimensions typed in, e.g. "0-7" or "2, 5, 11"; a bad list leaves the sliders as they were. */
    public void applyDimensions() {
        LatentModel.Info info = source.info();
        if (info == null) return;
        try {
            parseDimensions(dimensions.get(), info.latentSize());
        } catch (IllegalArgumentException e) {
            notices.error(e.getMessage());
            return;
        }
        if (base != null) base = current();
        if (sliderSet.get() == SliderSet.DIMENSIONS) buildSliders();
        else sliderSet.set(SliderSet.DIMENSIONS);
    }

    static int[] parseDimensions(String text, int latentSize) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.strip().split("[,\\s]+")) {
            if (part.isEmpty()) continue;
            try {
                String[] ends = part.split("-", 2);
                int from = Integer.parseInt(ends[0].strip());
                int to = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : from;
                if (from < 0 || to >= latentSize || from > to) {
                    throw new IllegalArgumentException("Latent dimensions go from 0 to " + (latentSize - 1) + "; '" + part + "' does not fit.");
                }
                for (int i = from; i <= to && out.size() <= MAX_SLIDERS; i++) if (!out.contains(i)) out.add(i);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is not a dimension or a range like 0-7.");
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("Choose at least one latent dimension, e.g. 0-7.");
        if (out.size() > MAX_SLIDERS) throw new IllegalArgumentException("At most " + MAX_SLIDERS + " sliders at once.");
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double clamp(double v, double range) {
        return Math.max(-range, Math.min(range, v));
    }

    // ------------------------------------------------------------------ z

    /** The latent vector the sliders show now (null before a generator is loaded). */
    public float[] current() {
        if (base == null) return null;
        if (directions == null || sliders.isEmpty()) return base.clone();
        if (builtFor == SliderSet.DIMENSIONS) {
            float[] z = base.clone();
            for (int i = 0; i < dims.length && i < sliders.size(); i++) z[dims[i]] = (float) sliders.get(i).value().get();
            return z;
        }
        double[] amounts = new double[sliders.size()];
        for (int i = 0; i < amounts.length; i++) amounts[i] = sliders.get(i).value().get();
        return directions.apply(base, amounts);
    }

    /** The current slider directions (unit vectors), for the 2D grid's axes. */
    LatentDirections directions() {
        return directions;
    }

    /** Sliders back to where they started: z as it was before any dragging. */
    public void reset() {
        buildSliders();
    }

    /** A fresh z from the prior. */
    public void randomize() {
        LatentModel.Info info = source.info();
        if (info == null) return;
        base = info.prior().sample(new Rng(nextSeed++ * 7919L), 1);
        buildSliders();
    }

    /** z as text for the clipboard, or null when there is none. */
    public String copyZ() {
        float[] z = current();
        if (z == null) return null;
        notices.info("Copied z (" + z.length + " numbers) to the clipboard.");
        return LatentText.format(z);
    }

    /** Replaces z with the clipboard's numbers; a bad text only gives a notice. */
    public boolean pasteZ(String text) {
        LatentModel.Info info = source.info();
        if (info == null) {
            notices.warning("Open a session or train a run first: there is no latent space to paste into.");
            return false;
        }
        try {
            base = LatentText.parse(text, info.latentSize());
        } catch (IllegalArgumentException e) {
            notices.error("Cannot paste z: " + e.getMessage());
            return false;
        }
        buildSliders();
        return true;
    }

    // ------------------------------------------------------------------ rendering

    private void render() {
        LatentModel.Info info = source.info();
        float[] z = current();
        if (info == null || z == null) return;
        long requested = System.nanoTime();
        if (info.isImage()) {
            source.request("slider", m -> Pictures.single(m.render(z, 1), 0), shown -> {
                image.set(shown);
                rendered(requested);
            });
        } else {
            source.request("slider", m -> m.points(z, 1), xy -> {
                point.set(xy);
                rendered(requested);
            });
        }
    }

    private void rendered(long requestedNanos) {
        renderMillis.set((System.nanoTime() - requestedNanos) / 1e6);
        framesShown.set(framesShown.get() + 1);
    }

    public ObjectProperty<SliderSet> sliderSetProperty() { return sliderSet; }
    public StringProperty dimensionsProperty() { return dimensions; }
    public ObservableList<LatentSlider> sliders() { return sliders; }
    public ReadOnlyObjectProperty<PixelImage> imageProperty() { return image; }
    /** G(z) as x,y for 2D runs. */
    public ReadOnlyObjectProperty<float[]> pointProperty() { return point; }
    /** Request to pixels on screen of the last frame shown, in milliseconds. */
    public ReadOnlyDoubleProperty renderMillisProperty() { return renderMillis; }
    public ReadOnlyIntegerProperty framesShownProperty() { return framesShown; }
}
