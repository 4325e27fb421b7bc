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
 * Features are [1, C, H, W]; every gradient is a new array of its input's shape.
 */
public final class StyleLosses {

    /** A loss value and its gradient with respect to the input it was computed from. */
    public record Term(double value, INDArray gradient) {
    }

    private StyleLosses() {
    }

    /** F F^T / (C H W), [C, C], for features [1, C, H, W]. */
    public static INDArray gram(INDArray features) {
        INDArray f = rows(features);
        long c = f.size(0);
        return Nd4j.gemm(f, f, Nd4j.create(features.dataType(), new long[] {c, c}, 'c'), false, true,
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
        double scale = Math.max(targetMeanSquare, 1e-12) * features.length();
        INDArray diff = features.sub(target);
        double squares = diff.norm2Number().doubleValue();
        return new Term(squares * squares / scale, diff.muli(2 / scale));
    }

    /**
     * dL/dF = 2 (dL/dG) F / (C H W) with dL/dG = 2 (G - A) / sum(A^2), symmetric.
     *
     * @param targetSquares {@link #sumOfSquares} of {@code targetGram}
     */
    public static Term style(INDArray features, INDArray targetGram, double targetSquares) {
        INDArray f = rows(features);
        double m = features.length();
        double norm = Math.max(targetSquares, 1e-30);
        INDArray diff = gram(features).subi(targetGram);
        double squares = diff.norm2Number().doubleValue();
        // Nd4j.gemm into a c-order array: INDArray.mmul's 'f'-order result made this product 7x slower
        INDArray gradient = Nd4j.gemm(diff, f, Nd4j.create(features.dataType(), f.shape(), 'c'), false, false,
                4 / (m * norm), 0);
        return new Term(squares * squares / norm, gradient.reshape('c', features.shape()));
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

    /** [1, C, H, W] as [C, H*W] (a view). */
    private static INDArray rows(INDArray features) {
        long c = features.size(1);
        return features.reshape('c', c, features.length() / c);
    }
}
