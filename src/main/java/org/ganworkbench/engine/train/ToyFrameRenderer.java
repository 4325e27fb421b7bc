package org.ganworkbench.engine.train;

import org.ganworkbench.engine.event.ToyFrame;

/**
 * Computes a 2D view's extras whenever a run renders its fixed-noise points, if a view asked for
 * them ({@link TrainingRun#showToyFrames}). Called on the engine thread only.
 */
@FunctionalInterface
public interface ToyFrameRenderer {

    /**
     * @param generated the fixed-noise points just rendered, x0,y0,...
     * @param manual    the kind of manual step that led here, or null when the training loop did
     */
    ToyFrame render(RunContext context, float[] generated, StepKind manual);
}
