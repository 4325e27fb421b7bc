package org.ganworkbench.ui.neighbours;

import org.ganworkbench.ui.samples.PixelImage;

/** One training image shown as a neighbour: its pixels and "12.3 · 7" (distance and class). */
public record NeighbourCell(PixelImage image, String caption, double distance) {
}
