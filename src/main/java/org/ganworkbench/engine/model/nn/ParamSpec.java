package org.ganworkbench.engine.model.nn;

import org.ganworkbench.engine.data.Rng;

/**
 * One parameter tensor of a layer, as it sits in the network's flat parameter array.
 *
 * @param key     DL4J's name for it ("W", "b", "gamma", "beta", "mean", "log10stdev")
 * @param shape   its shape
 * @param order   'c' or 'f': how the shape maps onto its slice of the flat array (DL4J's dense weights are 'f')
 * @param trained true for weights and biases; false for batch norm's running statistics, which
 *                are updated from batch statistics, never by the optimizer
 * @param init    how a fresh network fills it
 */
public record ParamSpec(String key, long[] shape, char order, boolean trained, Init init) {

    /** How a fresh network fills a parameter. */
    public record Init(Kind kind, double scale) {
        public enum Kind { CONSTANT, NORMAL, UNIFORM }

        public static Init constant(double value) {
            return new Init(Kind.CONSTANT, value);
        }

        /** Zero-mean Gaussian with the given standard deviation. */
        public static Init normal(double std) {
            return new Init(Kind.NORMAL, std);
        }

        /** Uniform in [-bound, bound]. */
        public static Init uniform(double bound) {
            return new Init(Kind.UNIFORM, bound);
        }

        void fill(float[] values, int from, int to, Rng rng) {
            switch (kind) {
                case CONSTANT -> java.util.Arrays.fill(values, from, to, (float) scale);
                case NORMAL -> rng.fillGaussian(values, from, to, scale);
                case UNIFORM -> rng.fillUniform(values, from, to, -scale, scale);
            }
        }
    }

    public long length() {
        long n = 1;
        for (long s : shape) n *= s;
        return n;
    }
}
