package org.ganworkbench.ui.latent;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganworkbench.engine.latent.LatentModel;

/**
 * For a 2D toy run: where G sends a regular latent grid (the warped mesh) and the run's fixed
 * samples, so the slider's point can be seen moving over the generator's manifold. FX thread only.
 */
public final class ManifoldViewModel {

    static final int SIDE = 17;
    static final double RANGE = 3;
    static final int CLOUD = 600;

    /** @param mesh SIDE x SIDE points (x,y), row-major, null when the latent is not 2D */
    public record Picture(float[] mesh, int side, float[] cloud) {
    }

    private final ObjectProperty<Picture> picture = new SimpleObjectProperty<>();

    ManifoldViewModel(ExplorerSource source) {
        source.versionProperty().addListener((obs, o, n) -> picture.set(null));
        source.addRefreshListener(() -> {
            LatentModel.Info info = source.info();
            if (info == null || info.isImage()) return;
            int n = Math.min(CLOUD, info.fixedSamples());
            source.request("manifold", m -> {
                float[] z = new float[n * info.latentSize()];
                for (int i = 0; i < n; i++) System.arraycopy(m.fixedNoise(i), 0, z, i * info.latentSize(), info.latentSize());
                return new Picture(info.hasManifold() ? m.manifold(SIDE, RANGE) : null, SIDE, m.points(z, n));
            }, picture::set);
        });
    }

    public ReadOnlyObjectProperty<Picture> pictureProperty() { return picture; }
}
