package org.ganworkbench.engine.style;

import java.util.List;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.style.net.FeatureNetwork;

/**
 * A style transfer's state on its engine thread: what it was built from, the optimisation, the
 * knobs, the history and the progress frames. Tasks submitted to the run get it; they must not keep it.
 */
public record StyleContext(StyleSource source, StyleOptimisation optimisation, StyleControls controls,
                           StyleHistory history, StyleFrames frames) {

    static StyleContext create(StyleSource source, FeatureNetwork network) {
        StyleSetup setup = source.setup();
        StyleSource.Resume resume = source.resume();
        RgbImage start = setup.start() == StyleSetup.StartFrom.CONTENT ? source.content() : noise(setup.size(), setup.seed());
        StyleOptimisation optimisation = new StyleOptimisation(network, source.content(), source.style(), start);
        StyleControls controls;
        StyleHistory history;
        StyleFrames frames = new StyleFrames(StyleRun.FRAME_EVERY);
        if (resume == null) {
            controls = new StyleControls(source.knobs(), network.layers(), 0, List.of());
            history = new StyleHistory();
            frames.offer(0, () -> start);
        } else {
            optimisation.restore(resume.image(), resume.optimiserState(), resume.iterations());
            controls = new StyleControls(source.knobs(), network.layers(), resume.iterations(), resume.interventions());
            history = resume.history();
            frames.offer(0, resume::image);
        }
        return new StyleContext(source, optimisation, controls, history, frames);
    }

    /** Uniform noise in [0, 1], the same for the same seed and size. */
    public static RgbImage noise(int size, long seed) {
        Rng rng = new Rng(seed);
        float[] v = new float[3 * size * size];
        for (int i = 0; i < v.length; i++) v[i] = (float) rng.nextDouble();
        return new RgbImage(size, size, v);
    }
}
