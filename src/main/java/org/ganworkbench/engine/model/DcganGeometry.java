package org.ganworkbench.engine.model;

import org.ganworkbench.engine.config.DataShape;

/**
 * How a DCGAN reaches an image size by doubling: 28 = 7 * 2^2, 32 = 4 * 2^3, 64 = 4 * 2^4.
 *
 * @param base   side of G's first feature map
 * @param levels number of stride-2 (transposed) convolutions
 * @param width  channels of D's first convolution
 */
record DcganGeometry(int base, int levels, int width) {

    static DcganGeometry of(DataShape shape, int width) {
        if (shape.height() != shape.width()) {
            throw new IllegalArgumentException("DCGAN needs square images, not " + shape);
        }
        return switch (shape.height()) {
            case 28 -> new DcganGeometry(7, 2, width);
            case 32 -> new DcganGeometry(4, 3, width);
            case 64 -> new DcganGeometry(4, 4, width);
            default -> throw new IllegalArgumentException("DCGAN supports 28, 32 or 64 pixel images, not " + shape);
        };
    }

    /** Channels of G's first (deepest) feature map, mirroring D's last convolution. */
    int deepestChannels() {
        return width << (levels - 1);
    }
}
