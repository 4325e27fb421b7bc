package org.ganworkbench.engine.style;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The three losses of neural style transfer (Gatys, Ecker and Bethge 2016) with their gradients.
 * Content and style are measured relative to their targets, so their values start near 1 on every
 * network and every picture, and the weights mean the same on the built-in network as on VGG16:
 * <pre>
 * content   = mean((F - P)^2) / mean(P^2)                F: features of the image, P: of the content picture
 * style     = sum((G - A)^2) / sum(A^2) at one layer     G = F F^T / (C H W): Gram matrix, A: the style picture's
 * variation = mean |x(i, j+1) - x(i, j)| + mean |x(i+1, j) - x(i, j)|   over the image's pixels in [0, 1]
 * </pre>
 * Features are channels-last, [1, H, W, C] (the feature networks run NHWC), read as F [H*W, C];
 * every gradient is a new array of its input's shape.
 */
public final class StyleLosses {

    /** A loss value and its gradient with respect to the input it was computed from. */
    public record Term(double value, INDArray gradient) {
    }

    private StyleLosses() {
    }

    /** F^T F / (C H W), [C, C], for features [1, H, W, C]. */
    public static INDArray gram(INDArray features) {
        INDArray f = rows(features);
        long c = f.size(1);
        return Nd4j.gemm(f, f, Nd4j.create(features.dataType(), new long[] {c, c}, 'c'), true, false,
                1.0 / features.length(), 0);
    }

    /** The content target's normaliser: mean(P^2). */
    public static double meanSquare(INDArray target) {
        double n2 = target.norm2Number().doubleValue();
        return n2 * n2 / target.length();
    }

    /** The style target's normaliser: sum(A^2). */
    public static double sumOfSquares(INDArray gram) {
        double n2 = gram.norm2Number().doubleValue();
        return n2 * n2;
    }

    /** @param targetMeanSquare {@link #meanSquare} of {@code target} */
    public static Term content(INDArray features, INDArray target, double targetMeanSquare) {
        return content(features, target, targetMeanSquare, 1);
    }

    /** The same with the gradient multiplied by {@code weight} (in the same pass; the value is not weighted). */
    public static Term content(INDArray features, INDArray target, double targetMeanSquare, double weight) {
        return content(features, target, targetMeanSquare, weight, features.ulike());
    }

    /**
     * The same, the gradient written into {@code out} (features' shape): the optimisation reuses
     * its arrays, as allocating and zeroing 16 MB per layer and iteration cost ~14 ms each.
     */
    public static Term content(INDArray features, INDArray target, double targetMeanSquare, double weight, INDArray out) {
        double scale = Math.max(targetMeanSquare, 1e-12) * features.length();
        INDArray diff = features.sub(target, out);
        double squares = diff.norm2Number().doubleValue();
        return new Term(squares * squares / scale, diff.muli(2 * weight / scale));
    }

    /**
     * dL/dF = 2 F (dL/dG) / (C H W) with dL/dG = 2 (G - A) / sum(A^2), symmetric.
     *
     * @param targetSquares {@link #sumOfSquares} of {@code targetGram}
     */
    public static Term style(INDArray features, INDArray targetGram, double targetSquares) {
        return style(features, targetGram, targetSquares, 1);
    }

    /** The same with the gradient multiplied by {@code weight} (folded into the matrix product). */
    public static Term style(INDArray features, INDArray targetGram, double targetSquares, double weight) {
        return style(features, targetGram, targetSquares, weight, features.ulike());
    }

    /** The same, the gradient written into {@code out} (features' shape, c order). */
    public static Term style(INDArray features, INDArray targetGram, double targetSquares, double weight, INDArray out) {
        INDArray f = rows(features);
        double m = features.length();
        double norm = Math.max(targetSquares, 1e-30);
        INDArray diff = gram(features).subi(targetGram);
        double squares = diff.norm2Number().doubleValue();
        // Nd4j.gemm into a c-order array: INDArray.mmul's 'f'-order result made this product 7x slower
        Nd4j.gemm(f, diff, rows(out), false, false, 4 * weight / (m * norm), 0);
        return new Term(squares * squares / norm, out);
    }

    /** Per-channel means over positions, [1, C], of features [1, H, W, C]. */
    public static INDArray means(INDArray features) {
        INDArray f = rows(features);
        return f.mean(true, 0).reshape(1, f.size(1));
    }

    /** The features minus their channel means, [H*W, C] (a new array). */
    public static INDArray centred(INDArray features) {
        INDArray f = rows(features);
        return f.subRowVector(means(features));
    }

    /**
     * The style statistic of the built-in network: the Gram matrix of the centred features (their
     * covariance) plus their means, each relative to the style picture's. On random filters the
     * plain Gram is dominated by the channels' means, which any noise of the right colours matches.
     * <pre>
     * L = sum((K - B)^2) / sum(B^2) + sum((mu - nu)^2) / sum(nu^2)     K = Fc^T Fc / (C H W), Fc = F - mu
     * dL/dF = 4 Fc (K - B) / (C H W sum(B^2)) + 2 (mu - nu) / (H W sum(nu^2))   (the first has zero column means)
     * </pre>
     */
    public static Term centredStyle(INDArray features, INDArray targetCovariance, double covarianceSquares,
                                    INDArray targetMeans, double meanSquares) {
        return centredStyle(features, targetCovariance, covarianceSquares, targetMeans, meanSquares, 1);
    }

    /** The same with the gradient multiplied by {@code weight}. */
    public static Term centredStyle(INDArray features, INDArray targetCovariance, double covarianceSquares,
                                    INDArray targetMeans, double meanSquares, double weight) {
        return centredStyle(features, targetCovariance, covarianceSquares, targetMeans, meanSquares, weight, features.ulike());
    }

    /** The same, the gradient written into {@code out} (features' shape, c order). */
    public static Term centredStyle(INDArray features, INDArray targetCovariance, double covarianceSquares,
                                    INDArray targetMeans, double meanSquares, double weight, INDArray out) {
        INDArray fc = centred(features);
        double m = features.length();
        long positions = fc.size(0);
        long c = fc.size(1);
        INDArray diff = Nd4j.gemm(fc, fc, Nd4j.create(features.dataType(), new long[] {c, c}, 'c'), true, false, 1 / m, 0)
                .subi(targetCovariance);
        double covNorm = Math.max(covarianceSquares, 1e-30);
        double meanNorm = Math.max(meanSquares, 1e-30);
        INDArray meanDiff = means(features).subi(targetMeans);
        double d1 = diff.norm2Number().doubleValue();
        double d2 = meanDiff.norm2Number().doubleValue();
        INDArray gradient = rows(out);
        Nd4j.gemm(fc, diff, gradient, false, false, 4 * weight / (m * covNorm), 0);
        gradient.addiRowVector(meanDiff.muli(2 * weight / (positions * meanNorm)));
        return new Term(d1 * d1 / covNorm + d2 * d2 / meanNorm, out);
    }

    /**
     * Mean absolute difference between horizontal and between vertical neighbours, [1, C, H, W].
     * Plain Java over a copy of the pixels: a few hundred thousand values, where ND4J's strided
     * views and sign ops took 15 ms at 128 px.
     */
    public static Term variation(INDArray image) {
        int c = (int) image.size(1);
        int h = (int) image.size(2);
        int w = (int) image.size(3);
        double[] x = image.dup('c').data().asDouble();
        double[] g = new double[x.length];
        double horizontal = (double) c * h * (w - 1);
        double vertical = (double) c * (h - 1) * w;
        double sumH = 0;
        double sumV = 0;
        for (int ch = 0; ch < c; ch++) {
            for (int y = 0; y < h; y++) {
                int row = (ch * h + y) * w;
                for (int i = row; i < row + w; i++) {
                    if (i + 1 < row + w) {
                        double d = x[i + 1] - x[i];
                        sumH += Math.abs(d);
                        double s = Math.signum(d) / horizontal;
                        g[i + 1] += s;
                        g[i] -= s;
                    }
                    if (y + 1 < h) {
                        double d = x[i + w] - x[i];
                        sumV += Math.abs(d);
                        double s = Math.signum(d) / vertical;
                        g[i + w] += s;
                        g[i] -= s;
                    }
                }
            }
        }
        double value = (w > 1 ? sumH / horizontal : 0) + (h > 1 ? sumV / vertical : 0);
        INDArray gradient = Nd4j.create(g, image.shape(), 'c').castTo(image.dataType());
        return new Term(value, gradient);
    }

    /** [1, H, W, C] as [H*W, C] (a view). */
    private static INDArray rows(INDArray features) {
        long c = features.size(3);
        return features.reshape('c', features.length() / c, c);
    }
}
