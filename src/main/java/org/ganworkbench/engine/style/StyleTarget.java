package org.ganworkbench.engine.style;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What the style loss compares at one layer, computed once from the style picture: its Gram matrix
 * (Gatys et al.; VGG16), or for the built-in random filters the covariance and means of its features
 * ({@link StyleLosses#centredStyle}); and the array its gradient is written into, kept from one
 * iteration to the next.
 */
record StyleTarget(boolean centred, INDArray gram, double gramSquares, INDArray means, double meanSquares,
                   INDArray[] gradient) {

    static StyleTarget of(INDArray features, boolean centred) {
        if (!centred) {
            INDArray g = StyleLosses.gram(features);
            return new StyleTarget(false, g, StyleLosses.sumOfSquares(g), null, 0, new INDArray[1]);
        }
        INDArray fc = StyleLosses.centred(features);
        INDArray covariance = fc.transpose().mmul(fc).divi(features.length());
        INDArray means = StyleLosses.means(features);
        return new StyleTarget(true, covariance, StyleLosses.sumOfSquares(covariance), means, StyleLosses.sumOfSquares(means),
                new INDArray[1]);
    }

    /**
     * @param weight multiplies the gradient (not the value)
     * @return the term; its gradient is this target's own array, overwritten by the next call
     */
    StyleLosses.Term loss(INDArray features, double weight) {
        if (gradient[0] == null) gradient[0] = features.ulike();
        return centred ? StyleLosses.centredStyle(features, gram, gramSquares, means, meanSquares, weight, gradient[0])
                : StyleLosses.style(features, gram, gramSquares, weight, gradient[0]);
    }
}
