package org.ganworkbench.engine.train;

import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A penalty on D's slope with respect to its input, and its gradient with respect to D's
 * parameters, added to D's loss gradient before the update:
 * <pre>
 * R1 (Mescheder et al. 2018)       P = gamma/2 * mean_i ||g_i||^2         on the real batch
 * WGAN-GP (Gulrajani et al. 2017)  P = lambda * mean_i (||g_i|| - 1)^2    at x_i = real_i + (1 - t_i)(fake_i - real_i), t_i ~ U(0, 1)
 * g = d S / d x,  S = sum_i D(x_i)     (with batch norm the whole batch's gradient, as autograd gives it)
 * </pre>
 * "x" is what D takes in: the examples after packing (the minibatch std-dev feature is a layer inside
 * D, so g goes through it, across the batch, as autograd's would); a conditional D's
 * one-hot label parts are not part of x (their slope is neither measured nor stepped along), and
 * WGAN-GP's mixed examples keep the real examples' labels.
 *
 * <p>The gradient of P needs a derivative of a derivative, which our layers (like DL4J's) do not
 * give. With P = mean_i phi(g_i) and w_i = d phi / d g_i (R1: gamma g_i; WGAN-GP:
 * 2 lambda (||g_i|| - 1) g_i / ||g_i||), the chain rule gives
 * <pre>
 * dP/dtheta = (1/m) d/dtheta (w . dS/dx) = (1/m) H_{theta,x} w
 *           ~ (1/m) (dS/dtheta at x + eps w  -  dS/dtheta at x - eps w) / (2 eps)
 * </pre>
 * a Hessian-vector product by central differences: two more forward and backward passes of D
 * (three in all, with the one that measures g). During those two passes every ReLU keeps its on/off
 * pattern from the pass at x ({@link TrainableNetwork#freezeActivationPatterns}): that is the
 * derivative autograd takes (a ReLU's second derivative is 0), and it makes an MLP D's parameter
 * gradient linear in x, so the difference is exact up to rounding. Without it, one unit
 * whose input crosses 0 between the two points adds a jump of order 1 / eps to the estimate
 * (measured: entries 100 times too large on a 6-unit test D). Batch norm and the batch std are
 * smooth, so a D with either (every DCGAN D) has a difference exact up to O(eps^2).
 *
 * <p>The step is relative to the batch, so it means the same for 2D points and images:
 * ||eps w|| = RELATIVE_STEP (||x|| + 1). In float the two gradients agree to ~1e-6 of their size
 * and their difference is ~RELATIVE_STEP of it, so a step of 1e-2 keeps ~1e-4 relative accuracy
 * while batch norm's O(eps^2) stays as small; in double (the tests) rounding allows 1e-6.
 *
 * <p>Every sum here runs in Java over the arrays' values (or is element-wise), so the result does
 * not depend on the thread count. Engine thread only; overwrites D's gradient (run it before the
 * loss's backward passes, keep the returned gradient, then {@link TrainableNetwork#addToTrainedGradient}).
 */
final class GradientPenalty {

    /** ||eps w|| / (||x|| + 1) in float: see the class comment. */
    static final double RELATIVE_STEP_FLOAT = 1e-2;
    /** The same in double, where rounding no longer limits the step. */
    static final double RELATIVE_STEP_DOUBLE = 1e-6;

    /** The penalty's value and its gradient for D's parameters (D's flat layout; null when it is zero). */
    record Measured(double value, INDArray parameterGradient) {
    }

    private enum Form { R1, WGAN_GP }

    private final Form form;
    private final double weight;
    /** A conditional D's one-hot width K: the last K features or channels of its input are the label. */
    private final int labelWidth;

    private GradientPenalty(Form form, double weight, int labelWidth) {
        this.form = form;
        this.weight = weight;
        this.labelWidth = labelWidth;
    }

    /** gamma/2 * mean ||dD/dx||^2 on real examples. */
    static GradientPenalty r1(double gamma, int labelWidth) {
        return new GradientPenalty(Form.R1, gamma, labelWidth);
    }

    /** lambda * mean (||dD/dx|| - 1)^2 at random mixtures of real and fake examples. */
    static GradientPenalty wganGp(double lambda, int labelWidth) {
        return new GradientPenalty(Form.WGAN_GP, lambda, labelWidth);
    }

    /** Where WGAN-GP measures D's slope: real + (1 - t)(fake - real) per input of D, labels kept from the real ones. */
    INDArray mixture(INDArray real, INDArray fake, Rng rng, StepArrays temp) {
        double[] r = values(real, temp);
        double[] f = values(fake, temp);
        int m = (int) real.size(0);
        int perInput = r.length / m;
        int label = labelPart(real);
        double[] x = new double[r.length];
        for (int i = 0; i < m; i++) {
            double t = rng.nextDouble();
            int from = i * perInput;
            for (int j = from; j < from + perInput; j++) {
                boolean isLabel = j >= from + perInput - label;
                x[j] = isLabel ? r[j] : r[j] + (1 - t) * (f[j] - r[j]);
            }
        }
        return array(x, real, temp);
    }

    /** The penalty's value at x without its gradient (one forward and one backward pass). */
    double value(TrainableNetwork d, INDArray x, StepArrays temp) {
        double[] g = inputGradient(d, x, temp);
        return valueAndDirection(g, (int) x.size(0), labelPart(x), null);
    }

    /** The penalty at x and its gradient for D's parameters. Leaves D's gradient overwritten. */
    Measured measure(TrainableNetwork d, INDArray x, StepArrays temp) {
        int m = (int) x.size(0);
        double[] g = inputGradient(d, x, temp);
        double[] w = new double[g.length];
        double value = valueAndDirection(g, m, labelPart(x), w);
        double wNorm = norm(w);
        if (wNorm == 0) return new Measured(value, null);

        double[] u = values(x, temp);
        double relative = x.dataType() == DataType.DOUBLE ? RELATIVE_STEP_DOUBLE : RELATIVE_STEP_FLOAT;
        double eps = relative * (norm(u) + 1) / wNorm;
        double[] up = new double[u.length];
        double[] down = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            up[j] = u[j] + eps * w[j];
            down[j] = u[j] - eps * w[j];
        }
        INDArray ones = temp.own(Nd4j.ones(x.dataType(), m, 1));
        INDArray hessianTimesW;
        d.freezeActivationPatterns(true); // the ReLU patterns of the pass at x (see the class comment)
        try {
            d.forward(array(up, x, temp));
            d.backwardParameters(ones);
            hessianTimesW = d.gradientCopy(); // the caller's to keep (and close)
            d.forward(array(down, x, temp));
            d.backwardParameters(ones);
        } finally {
            d.freezeActivationPatterns(false);
        }
        hessianTimesW.subi(temp.own(d.gradientCopy())).muli(1 / (2 * eps * m));
        return new Measured(value, hessianTimesW);
    }

    /** g = dS/dx with S the sum of D's scores, as flat values [m * perInput]. */
    private static double[] inputGradient(TrainableNetwork d, INDArray x, StepArrays temp) {
        d.forward(x);
        return values(d.inputGradient(temp.own(Nd4j.ones(x.dataType(), x.size(0), 1))), temp);
    }

    /**
     * mean_i phi(g_i) over the m inputs, label parts left out; fills w with d phi / d g (zero on the
     * label parts) when it is not null.
     */
    private double valueAndDirection(double[] g, int m, int label, double[] w) {
        int perInput = g.length / m;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            int from = i * perInput;
            int to = from + perInput - label;
            double squares = 0;
            for (int j = from; j < to; j++) squares += g[j] * g[j];
            double norm = Math.sqrt(squares);
            double scale;  // d phi / d g_i = scale * g_i
            if (form == Form.R1) {
                sum += weight / 2 * squares;
                scale = weight;
            } else {
                sum += weight * (norm - 1) * (norm - 1);
                scale = norm == 0 ? 0 : 2 * weight * (norm - 1) / norm; // at g = 0 the penalty has no direction
            }
            if (w != null) {
                for (int j = from; j < to; j++) w[j] = scale * g[j];
            }
        }
        return sum / m;
    }

    /** How many values of each input of D are its label: the last K features (MLP) or K planes (DCGAN). */
    private int labelPart(INDArray x) {
        if (labelWidth == 0) return 0;
        long perInput = x.length() / x.size(0);
        return (int) (labelWidth * (perInput / x.size(1)));
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double e : v) s += e * e;
        return Math.sqrt(s);
    }

    private static double[] values(INDArray a, StepArrays temp) {
        return temp.own(a.dup('c')).data().asDouble();
    }

    /** An array of x's shape and type holding these values, owned by the step. */
    private static INDArray array(double[] values, INDArray like, StepArrays temp) {
        INDArray exact = temp.own(Nd4j.create(values, like.shape(), 'c'));
        return like.dataType() == DataType.DOUBLE ? exact : temp.own(exact.castTo(like.dataType()));
    }
}
