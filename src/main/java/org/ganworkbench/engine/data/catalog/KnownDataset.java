package org.ganworkbench.engine.data.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.cifar.Cifar10;

/** The real datasets known by name: found on this machine or downloaded into the cache. */
public enum KnownDataset {
    MNIST("mnist", "MNIST", "MNIST handwritten digits (60,000, 28x28 gray)", DataShape.image(1, 28, 28), ClassNames.DIGITS),
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", "Fashion-MNIST clothing (60,000, 28x28 gray)", DataShape.image(1, 28, 28),
            ClassNames.FASHION_MNIST),
    KMNIST("kmnist", "KMNIST", "Kuzushiji-MNIST cursive Japanese (60,000, 28x28 gray)", DataShape.image(1, 28, 28),
            ClassNames.KMNIST),
    CIFAR10("cifar10", "CIFAR-10", "CIFAR-10 small photos (50,000, 32x32 RGB)", Cifar10.SHAPE, ClassNames.CIFAR10);

    private final String id;
    private final String name;
    private final String title;
    private final DataShape shape;
    private final List<String> classNames;

    KnownDataset(String id, String name, String title, DataShape shape, List<String> classNames) {
        this.id = id;
        this.name = name;
        this.title = title;
        this.shape = shape;
        this.classNames = classNames;
    }

    /** The dataset id, e.g. {@code fashion-mnist}. */
    public String id() {
        return id;
    }

    /** The dataset's usual name, e.g. "Fashion-MNIST". */
    public String displayName() {
        return name;
    }

    /** One line for lists. */
    public String title() {
        return title;
    }

    public DataShape shape() {
        return shape;
    }

    public List<String> classNames() {
        return classNames;
    }

    public static Optional<KnownDataset> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
