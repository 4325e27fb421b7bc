package org.ganworkbench.engine.data;

import java.util.Locale;
import org.ganworkbench.engine.config.DataShape;

/** The one-line {@link Dataset#description()} of an image dataset, worded the same for every source. */
public final class ImageDescriptions {

    private ImageDescriptions() {
    }

    /** E.g. "Fashion-MNIST: 60,000 examples, 28x28 gray, 10 classes". */
    public static String of(String title, int count, DataShape shape, int classes) {
        String colour = shape.channels() == 1 ? "gray" : shape.channels() == 3 ? "RGB" : shape.channels() + " channels";
        String labels = classes > 0 ? ", " + classes + " classes" : ", unlabelled";
        return String.format(Locale.ROOT, "%s: %,d examples, %dx%d %s%s", title, count, shape.height(), shape.width(),
                colour, labels);
    }
}
