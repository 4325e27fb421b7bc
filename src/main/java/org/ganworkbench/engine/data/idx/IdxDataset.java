package org.ganworkbench.engine.data.idx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.ImageDescriptions;

/** Opens MNIST-family IDX files (MNIST, Fashion-MNIST, KMNIST, EMNIST) as an {@link ImageDataset}. */
public final class IdxDataset {

    private IdxDataset() {
    }

    /**
     * @param path       a folder or an images file (see {@link IdxPair#locate})
     * @param classNames names for the labels, or null to use EMNIST's mapping file or numbers
     * @param transpose  null to transpose EMNIST files only (recognised by name), or an explicit choice
     */
    public static ImageDataset load(Path path, String id, String title, List<String> classNames, Boolean transpose) {
        IdxPair pair = IdxPair.locate(path);
        boolean t = transpose != null ? transpose : pair.isEmnist();
        IdxReader.Images images = IdxReader.readImages(pair.images(), t);
        DataShape shape = DataShape.image(1, images.rows(), images.cols());
        int[] labels = null;
        List<String> names = List.of();
        if (pair.labels().isPresent()) {
            Path labelFile = pair.labels().get();
            labels = IdxReader.readLabels(labelFile);
            IdxReader.checkPair(images, pair.images(), labels, labelFile);
            names = classNames != null ? classNames : defaultNames(pair, labels);
            checkLabelRange(labels, names.size(), labelFile);
        }
        String description = ImageDescriptions.of(title, images.count(), shape, names.size());
        return new ImageDataset(id, description, shape, images.pixels(), labels, names);
    }

    /** The shape of the images {@code path} holds, from the header alone. */
    public static DataShape shapeOf(Path path, Boolean transpose) {
        IdxPair pair = IdxPair.locate(path);
        IdxHeader h = IdxReader.imagesHeader(pair.images());
        boolean t = transpose != null ? transpose : pair.isEmnist();
        return t ? DataShape.image(1, h.dim(2), h.dim(1)) : DataShape.image(1, h.dim(1), h.dim(2));
    }

    private static List<String> defaultNames(IdxPair pair, int[] labels) {
        int classes = 1;
        for (int l : labels) classes = Math.max(classes, l + 1);
        Optional<List<String>> emnist = EmnistMapping.namesFor(pair.images(), classes);
        return emnist.orElse(ClassNames.numbered(classes));
    }

    private static void checkLabelRange(int[] labels, int classes, Path labelFile) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= classes) {
                throw new DatasetException(labelFile + " gives example " + i + " the label " + labels[i] + ", but this dataset has "
                        + classes + " classes: the labels belong to another dataset.");
            }
        }
    }
}
