package org.ganworkbench.engine.config;

/**
 * The update rule of one network. Each field applies to the optimizers its description names.
 *
 * @param kind         Adam, RMSProp or SGD
 * @param learningRate step size
 * @param beta1        Adam: decay of the first moment
 * @param beta2        Adam: decay of the second moment; RMSProp: decay of the squared-gradient average
 * @param momentum     SGD: Nesterov momentum
 */
public record OptimizerSpec(OptimizerKind kind, double learningRate, double beta1, double beta2, double momentum) {

    public OptimizerSpec {
        if (kind == null) kind = OptimizerKind.ADAM;
    }

    /** Adam as the DCGAN paper recommends it. */
    public static OptimizerSpec adam(double learningRate) {
        return new OptimizerSpec(OptimizerKind.ADAM, learningRate, 0.5, 0.999, 0.9);
    }

    public OptimizerSpec withKind(OptimizerKind v) { return new OptimizerSpec(v, learningRate, beta1, beta2, momentum); }
    public OptimizerSpec withLearningRate(double v) { return new OptimizerSpec(kind, v, beta1, beta2, momentum); }
    public OptimizerSpec withBeta1(double v) { return new OptimizerSpec(kind, learningRate, v, beta2, momentum); }
    public OptimizerSpec withBeta2(double v) { return new OptimizerSpec(kind, learningRate, beta1, v, momentum); }
    public OptimizerSpec withMomentum(double v) { return new OptimizerSpec(kind, learningRate, beta1, beta2, v); }
}
