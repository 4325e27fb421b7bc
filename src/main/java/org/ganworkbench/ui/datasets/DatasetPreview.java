package org.ganworkbench.ui.datasets;

import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.event.SampleImages;

/**
 * A few real examples of a dataset, taken once in the background so the window can show what the
 * GAN will imitate before training starts (and beside its samples while it trains).
 *
 * @param datasetId  the dataset they came from
 * @param shape      images or 2D points
 * @param images     up to {@link #MAX_IMAGES} real images spread over the dataset, or null for points
 * @param points     up to {@link #MAX_POINTS} real points x0,y0,..., or null for images
 * @param description the dataset's own one-line description
 */
public record DatasetPreview(String datasetId, DataShape shape, SampleImages images, float[] points,
                             String description) {

    public static final int MAX_IMAGES = 16;
    public static final int MAX_POINTS = 2048;

    public boolean isPoints() {
        return !shape.isImage();
    }
}
