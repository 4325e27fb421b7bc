package org.ganworkbench.ui.samples;

/**
 * A picture as opaque ARGB pixels, row-major: what the view models hand to image views.
 * The array is shared, never modified after construction.
 */
public record PixelImage(int width, int height, int[] argb) {

    public PixelImage {
        if (argb.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " needs " + width * height + " pixels");
        }
    }

    public int pixel(int x, int y) {
        return argb[y * width + x];
    }
}
