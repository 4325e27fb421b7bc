package org.ganworkbench.ui.neighbours;

import java.util.List;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * A sample and its nearest training images.
 *
 * @param sample    the generated image
 * @param byPixels  nearest by pixel distance, nearest first
 * @param byJudge   nearest by the judge's features (empty without a judge)
 */
public record NeighbourRow(int sampleIndex, PixelImage sample, List<NeighbourCell> byPixels, List<NeighbourCell> byJudge) {
}
