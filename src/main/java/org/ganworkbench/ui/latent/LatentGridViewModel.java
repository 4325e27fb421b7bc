package org.ganworkbench.ui.latent;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.Set;
import org.ganworkbench.engine.latent.LatentDirections;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * A 2D latent grid: two of the current slider directions as axes, the sliders' z in the middle
 * cell, a side x side grid of images over [-range, range] along each. FX thread only.
 */
public final class LatentGridViewModel {

    private final ExplorerSource source;
    private final LatentExplorerViewModel sliders;
    private final Notices notices;
    private final IntegerProperty xAxis = new SimpleIntegerProperty(0);
    private final IntegerProperty yAxis = new SimpleIntegerProperty(1);
    private final IntegerProperty side = new SimpleIntegerProperty(7);
    private final DoubleProperty range = new SimpleDoubleProperty(2);
    private final ObjectProperty<PixelImage> grid = new SimpleObjectProperty<>();
    private boolean shown;

    LatentGridViewModel(ExplorerSource source, LatentExplorerViewModel sliders, Notices notices) {
        this.source = source;
        this.sliders = sliders;
        this.notices = notices;
        source.versionProperty().addListener((obs, o, n) -> {
            shown = false;
            grid.set(null);
        });
        source.addRefreshListener(() -> {
            if (shown) render();
        });
        for (var p : new javafx.beans.Observable[] {xAxis, yAxis, side, range}) {
            p.addListener(o -> {
                if (shown) render();
            });
        }
    }

    /** Renders the grid around the current z (and again whenever the axes, size or range change). */
    public void render() {
        float[] center = sliders.current();
        LatentDirections dirs = sliders.directions();
        if (source.info() == null || center == null || dirs == null) return;
        if (!source.info().isImage()) {
            notices.warning("This run makes 2D points: see its warped latent grid instead.");
            return;
        }
        if (dirs.count() < 2) {
            notices.warning("The 2D grid needs two slider directions: choose at least two dimensions.");
            return;
        }
        int x = Math.min(xAxis.get(), dirs.count() - 1);
        int y = Math.min(yAxis.get(), dirs.count() - 1);
        float[] dx = dirs.directions()[x];
        float[] dy = dirs.directions()[y];
        int n = Math.max(2, side.get());
        double r = range.get();
        shown = true;
        source.request("grid", m -> Pictures.grid(m.grid(center, dx, dy, n, r), n, Set.of()), grid::set);
    }

    /** Captions of the current slider directions, for the axis pickers. */
    public java.util.List<String> axisNames() {
        return sliders.sliders().stream().map(LatentSlider::caption).toList();
    }

    public IntegerProperty xAxisProperty() { return xAxis; }
    public IntegerProperty yAxisProperty() { return yAxis; }
    public IntegerProperty sideProperty() { return side; }
    public DoubleProperty rangeProperty() { return range; }
    public ReadOnlyObjectProperty<PixelImage> gridProperty() { return grid; }
}
