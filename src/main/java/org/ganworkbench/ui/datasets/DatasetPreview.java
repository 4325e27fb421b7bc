package org.ganworkbench.ui.datasets;

import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.folder.ImageFolder;
import org.ganworkbench.engine.event.SampleImages;

/**
 * A few real examples of a dataset, taken once in the background so the window can show what the
 * GAN will imitate before training starts (and beside its samples while it trains).
 *
 * @param datasetId    the dataset they came from
 * @param shape        images or 2D points
 * @param images       up to {@link #MAX_IMAGES} real images spread over the dataset, or null for points
 * @param points       up to {@link #MAX_POINTS} real points x0,y0,..., or null for images
 * @param description  the dataset's own one-line description
 * @param classNames   the dataset's classes (subfolder names for a folder); empty when unlabelled
 * @param foundAt      for a real dataset found on this machine, who put it where; else empty
 * @param folderReport for a folder of pictures, what loading found (skipped files included); else null
 */
public record DatasetPreview(String datasetId, DataShape shape, SampleImages images, float[] points,
                             String description, List<String> classNames, String foundAt,
                             ImageFolder.Report folderReport) {

    public static final int MAX_IMAGES = 16;
    public static final int MAX_POINTS = 2048;

    public DatasetPreview {
        classNames = List.copyOf(classNames);
    }

    /** A preview of generated data: no classes to list, nothing found or skipped. */
    public DatasetPreview(String datasetId, DataShape shape, SampleImages images, float[] points, String description) {
        this(datasetId, shape, images, points, description, List.of(), "", null);
    }

    public boolean isPoints() {
        return !shape.isImage();
    }
}
