package org.ganworkbench.engine.model.nn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer of a {@link Sequential} network: a forward pass, and a backward pass that computes
 * only the gradients a caller asks for.
 *
 * <p>Arrays a layer returns are its own and are overwritten by its next call with the same batch
 * size: a caller uses them before the next pass or copies them. The backward pass belongs to the
 * layer's last training-mode forward pass.
 */
public interface Layer {

    /** The layer's parameters in the order of DL4J's layer of the same kind, so a saved run keeps its meaning. */
    default List<ParamSpec> params() {
        return List.of();
    }

    /** Gives the layer views of its parameters and of their gradients (in {@link #params()} order). */
    default void bind(List<INDArray> params, List<INDArray> gradients) {
    }

    /** The shape of one output example for one input example of the given shape (no batch dimension). */
    long[] outputShape(long[] inputShape);

    /**
     * @param training true: batch statistics, and keep what the backward pass needs; false: running
     *                 statistics (inference)
     */
    INDArray forward(INDArray input, boolean training);

    /**
     * Backpropagates dLoss/dOutput through the last training-mode forward pass.
     *
     * @param parameterGradients write dLoss/dParameters into the gradient views (false for a frozen network)
     * @param inputGradient      compute dLoss/dInput (false for a network's first layer)
     * @return dLoss/dInput, or null when not asked for
     */
    INDArray backward(INDArray outputGradient, boolean parameterGradients, boolean inputGradient);

    /** Multiply-adds of one example's forward pass (0 for the cheap element-wise layers); sizes the thread count. */
    default long multiplyAdds(long[] inputShape) {
        return 0;
    }

    /** True when the layer's output for one example depends on the rest of the batch (batch norm in training). */
    default boolean mixesBatch() {
        return false;
    }

    /**
     * While on, every ReLU / leaky ReLU keeps the on/off pattern of its last forward pass instead of
     * reading it from its new input, so the network is linear in its input and weights layer by layer
     * around that pass: what a gradient penalty's finite-difference Hessian-vector product needs
     * (autograd's second derivative of a ReLU is 0 too). Layers without such units ignore it.
     */
    default void freezeActivationPattern(boolean frozen) {
    }
}
