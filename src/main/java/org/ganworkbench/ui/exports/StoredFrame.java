package org.ganworkbench.ui.exports;

import org.ganworkbench.engine.event.SampleImages;

/**
 * One recorded frame of the fixed-noise samples: gray images as one byte per pixel (a quarter of
 * their ARGB size), colour images as they are, 2D runs as their points.
 */
record StoredFrame(long step, int count, int width, int height, byte[] gray, int[] argb, float[] points) {

    static StoredFrame of(long step, SampleImages images) {
        int[] px = images.argb();
        byte[] gray = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int r = p >> 16 & 0xFF;
            if (r != (p >> 8 & 0xFF) || r != (p & 0xFF)) {
                return new StoredFrame(step, images.count(), images.width(), images.height(), null, px, null);
            }
            gray[i] = (byte) r;
        }
        return new StoredFrame(step, images.count(), images.width(), images.height(), gray, null, null);
    }

    static StoredFrame ofPoints(long step, float[] points) {
        return new StoredFrame(step, 0, 0, 0, null, null, points);
    }

    boolean isPoints() {
        return points != null;
    }

    SampleImages images() {
        if (argb != null) return new SampleImages(count, width, height, argb);
        int[] px = new int[gray.length];
        for (int i = 0; i < px.length; i++) {
            int g = gray[i] & 0xFF;
            px[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return new SampleImages(count, width, height, px);
    }
}
