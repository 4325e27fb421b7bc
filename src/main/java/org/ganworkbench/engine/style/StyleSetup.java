package org.ganworkbench.engine.style;

/**
 * What a style transfer is built from and cannot change while it runs: the feature network, the
 * picture size, where the image starts, and the seed of the noise and of the built-in filters.
 */
public record StyleSetup(NetworkKind network, int size, StartFrom start, long seed) {

    /** Where the optimised image starts. */
    public enum StartFrom {
        /** Random pixels: the lecture's choice, the picture emerges from noise. */
        NOISE,
        /** The content picture itself: faster, keeps more of it. */
        CONTENT
    }

    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 1024;

    public StyleSetup {
        String problem = sizeProblem(size);
        if (problem != null) throw new IllegalArgumentException(problem);
    }

    public static StyleSetup defaults() {
        return new StyleSetup(NetworkKind.RANDOM, 192, StartFrom.NOISE, 1);
    }

    /** Null when the size is allowed, else why not. */
    public static String sizeProblem(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE || size % 16 != 0) {
            return "The size must be " + MIN_SIZE + " to " + MAX_SIZE + " pixels in steps of 16 (VGG16 halves it four times); got " + size + ".";
        }
        return null;
    }

    public StyleSetup withNetwork(NetworkKind n) {
        return new StyleSetup(n, size, start, seed);
    }

    public StyleSetup withSize(int s) {
        return new StyleSetup(network, s, start, seed);
    }

    public StyleSetup withStart(StartFrom s) {
        return new StyleSetup(network, size, s, seed);
    }
}
