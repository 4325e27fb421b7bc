package org.ganworkbench.engine.data;

import java.util.ArrayList;
import java.util.List;

/** The class names of the well-known datasets, in label order. */
public final class ClassNames {

    public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** Zalando's labels for Fashion-MNIST (github.com/zalandoresearch/fashion-mnist, README). */
    public static final List<String> FASHION_MNIST = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** KMNIST's ten hiragana (kmnist_classmap.csv of the dataset), with their romanisation. */
    public static final List<String> KMNIST = List.of("o (お)", "ki (き)", "su (す)", "tsu (つ)", "na (な)",
            "ha (は)", "ma (ま)", "ya (や)", "re (れ)", "wo (を)");

    /** As in batches.meta.txt of the CIFAR-10 binary version. */
    public static final List<String> CIFAR10 = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    private ClassNames() {
    }

    /** "0", "1", ... for labels without known names. */
    public static List<String> numbered(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) names.add(Integer.toString(i));
        return List.copyOf(names);
    }
}
