package org.ganworkbench.engine.style;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What the style loss compares at one layer, computed once from the style picture: its Gram matrix
 * (Gatys et al.; VGG16), or for the built-in random filters the covariance and means of its features
 * ({@link StyleLosses#centredStyle}).
 */
record StyleTarget(boolean centred, INDArray gram, double gramSquares, INDArray means, double meanSquares) {

    static StyleTarget of(INDArray features, boolean centred) {
        if (!centred) {
            INDArray g = StyleLosses.gram(features);
            return new StyleTarget(false, g, StyleLosses.sumOfSquares(g), null, 0);
        }
        INDArray fc = StyleLosses.centred(features);
        INDArray covariance = fc.mmul(fc.transpose()).divi(features.length());
        INDArray means = StyleLosses.means(features);
        return new StyleTarget(true, covariance, StyleLosses.sumOfSquares(covariance), means, StyleLosses.sumOfSquares(means));
    }

    /** @param weight multiplies the gradient (not the value) */
    StyleLosses.Term loss(INDArray features, double weight) {
        return centred ? StyleLosses.centredStyle(features, gram, gramSquares, means, meanSquares, weight)
                : StyleLosses.style(features, gram, gramSquares, weight);
    }
}
