package org.ganworkbench.engine.config;

/**
 * The shape of one example: 2D points ({@code channels == 0}) or images of channels x height x width.
 */
public record DataShape(int channels, int height, int width) {

    public static final DataShape POINTS_2D = new DataShape(0, 1, 2);

    public static DataShape image(int channels, int height, int width) {
        return new DataShape(channels, height, width);
    }

    public boolean isImage() {
        return channels > 0;
    }

    /** Numbers per example: 2 for points, C*H*W for images. */
    public int size() {
        return isImage() ? channels * height * width : 2;
    }

    @Override
    public String toString() {
        return isImage() ? channels + "x" + height + "x" + width : "2D points";
    }
}
