package org.ganworkbench.engine.data;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.event.SampleImages;

/**
 * A look at what was loaded, as ARGB pixels the UI and the image exporters already show: the
 * "real data" grid beside the generator's samples, or a check that a folder was read as intended.
 * Pixels come straight from the stored bytes, without a float round trip.
 */
public final class DatasetPreview {

    private DatasetPreview() {
    }

    /** Up to {@code n} examples spread evenly over the dataset (the first ones are often all one class). */
    public static SampleImages spread(ImageDataset d, int n) {
        int count = Math.max(1, Math.min(n, d.size()));
        List<Integer> indices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) indices.add((int) ((long) i * d.size() / count));
        return images(d, indices);
    }

    /**
     * Up to {@code perClass} examples of each class in label order: laid out {@code perClass}
     * columns wide, each row shows one class. Classes with fewer examples are padded with their
     * last one, so rows stay aligned. Unlabelled data falls back to {@link #spread}.
     */
    public static SampleImages perClass(ImageDataset d, int perClass) {
        int classes = d.classNames().size();
        if (classes == 0) return spread(d, perClass * 8);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) byClass.add(new ArrayList<>());
        for (int i = 0; i < d.size(); i++) {
            List<Integer> list = byClass.get(d.label(i));
            if (list.size() < perClass) list.add(i);
        }
        List<Integer> indices = new ArrayList<>();
        for (List<Integer> list : byClass) {
            if (list.isEmpty()) continue;
            for (int k = 0; k < perClass; k++) indices.add(list.get(Math.min(k, list.size() - 1)));
        }
        return images(d, indices);
    }

    private static SampleImages images(ImageDataset d, List<Integer> indices) {
        int w = d.shape().width();
        int h = d.shape().height();
        int plane = w * h;
        boolean rgb = d.shape().channels() == 3;
        int[] argb = new int[indices.size() * plane];
        for (int k = 0; k < indices.size(); k++) {
            int i = indices.get(k);
            for (int p = 0; p < plane; p++) {
                int r = d.rawValue(i, p);
                int g = rgb ? d.rawValue(i, plane + p) : r;
                int b = rgb ? d.rawValue(i, 2 * plane + p) : r;
                argb[k * plane + p] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return new SampleImages(indices.size(), w, h, argb);
    }
}
