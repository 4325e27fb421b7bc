package org.ganworkbench.engine.model;

import java.util.List;
import java.util.Optional;
import org.ganworkbench.engine.model.nn.ClassHead;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.OpTimer;
import org.ganworkbench.engine.model.nn.Optimizer;
import org.ganworkbench.engine.model.nn.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One network of the GAN, driven by hand: forward, backward from a gradient supplied by the
 * trainer, and an optimizer step applied only when the trainer says so. This is what lets a
 * G update run its gradient through D without changing a single number of D.
 *
 * <p>Arrays returned by {@link #forward}, {@link #predict}, {@link #backward} and
 * {@link #inputGradient} belong to the network and are overwritten by its next pass with the same
 * batch size: use them (or copy them) before that.
 *
 * <p>Not thread-safe: confined to the run's engine thread, like every ND4J object.
 */
public final class TrainableNetwork {

    private final String name;
    private final Sequential net;
    private final Optimizer optimizer;
    private boolean hasGradient;
    private INDArray stash;
    private double learningRate;
    private int iteration;

    public TrainableNetwork(String name, Sequential net, IUpdater updater) {
        this.name = name;
        this.net = net;
        this.optimizer = new Optimizer(updater, net);
        this.learningRate = updater.getLearningRate(0, 0);
    }

    public String name() {
        return name;
    }

    /** Training-mode forward pass (batch statistics) that keeps what the following {@link #backward} needs. */
    public INDArray forward(INDArray x) {
        return net.forward(x, true);
    }

    /** Forward pass; {@code training} selects batch vs running batch-norm statistics. */
    public INDArray predict(INDArray x, boolean training) {
        return net.forward(x, training);
    }

    /** One example's input shape, e.g. [784] or [C, H, W]. */
    public long[] inputShape() {
        return net.inputShape();
    }

    /** Inference activations of layers 0..last (a copy). */
    public INDArray activationsThrough(INDArray x, int last) {
        return net.forwardThrough(x, last);
    }

    /**
     * Backpropagates dLoss/dOutput through the last {@link #forward}. The parameter gradients
     * replace the previous ones (see {@link #stashGradient}); nothing is updated.
     *
     * @return dLoss/dInput, the gradient the trainer passes on to the network before this one
     */
    public INDArray backward(INDArray outputGradient) {
        hasGradient = true;
        return net.backward(outputGradient, true, true);
    }

    /**
     * Like {@link #backward} without dLoss/dInput: for the network a training step updates, whose
     * input is data or noise that nothing learns from. Skipping the first layer's input gradient
     * saves one matrix product per pass (for D's first layer on a 2 x 64 batch of MNIST, a
     * [128, 512] x [512, 784] product, 4% of the MLP step); the parameter gradients are the same
     * bit for bit.
     */
    public void backwardParameters(INDArray outputGradient) {
        hasGradient = true;
        net.backward(outputGradient, true, false);
    }

    /**
     * dLoss/dInput through the last {@link #forward}, for a network that is not being trained
     * (D during G's update): no parameter gradient is computed and the stored one is left alone.
     */
    public INDArray inputGradient(INDArray outputGradient) {
        return net.backward(outputGradient, false, true);
    }

    /** D's class head (AC-GAN), if its last layer has one. */
    public Optional<ClassHead> classHead() {
        List<Layer> layers = net.layers();
        return layers.isEmpty() || !(layers.get(layers.size() - 1) instanceof ClassHead head) || !head.classifies()
                ? Optional.empty() : Optional.of(head);
    }

    /** True when an example's output depends on the rest of its batch (batch norm): real and fake must then go through separately. */
    public boolean mixesBatch() {
        return net.mixesBatch();
    }

    /** Multiply-adds of one example's forward pass (sizes the thread count). */
    public long multiplyAddsPerExample() {
        return net.multiplyAddsPerExample();
    }

    /** Keeps a copy of the current gradient, to be added back after another backward pass. */
    public void stashGradient() {
        INDArray g = net.gradient();
        if (stash == null) stash = g.dup();
        else stash.assign(g);
    }

    /** Adds the stashed gradient to the current one: the gradient of the summed losses of two batches. */
    public void addStashedGradient() {
        net.gradient().addi(stash);
    }

    /**
     * Keeps every ReLU's on/off pattern from the last {@link #forward} for the passes that follow
     * until it is turned off (see {@code Layer.freezeActivationPattern}); for a gradient penalty's
     * Hessian-vector product. Must be turned off again before training goes on.
     */
    public void freezeActivationPatterns(boolean frozen) {
        net.freezeActivationPatterns(frozen);
    }

    /** A copy of the whole current gradient (trained parameters and running-statistics changes), owned by the caller. */
    public INDArray gradientCopy() {
        return net.gradient().dup();
    }

    /**
     * Adds {@code scale * extra} (same layout as the gradient) to the trained parameters' gradient:
     * a penalty's gradient joining the loss's. The running-statistics entries are left alone, since
     * they hold the batch-norm update of the loss's own passes. {@code extra} is overwritten.
     */
    public void addToTrainedGradient(INDArray extra, double scale) {
        for (Sequential.Range r : net.trainedRanges()) {
            INDArrayIndex row = NDArrayIndex.point(0);
            INDArrayIndex range = NDArrayIndex.interval(r.from(), r.to());
            net.gradient().get(row, range).addi(extra.get(row, range).muli(scale));
        }
    }

    /**
     * L2 weight decay: adds lambda * theta to the gradient of every trained parameter (weights,
     * biases, batch-norm scales and shifts; not the running statistics), the gradient of
     * lambda/2 * ||theta||^2. Element-wise, so the same bits on any thread count.
     */
    public void addWeightDecay(double lambda) {
        for (Sequential.Range r : net.trainedRanges()) {
            INDArrayIndex row = NDArrayIndex.point(0);
            INDArrayIndex range = NDArrayIndex.interval(r.from(), r.to());
            INDArray decay = net.params().get(row, range).mul(lambda);
            net.gradient().get(row, range).addi(decay);
            decay.close();
        }
    }

    /**
     * L2 norm of the current gradient over the trained parameters (running statistics excluded).
     * A BLAS dot product per block: libnd4j's norm2 reduction took 10x longer here, with long tails.
     */
    public double gradientNorm() {
        double[] sumSq = {0};
        OpTimer.time("gradient norm (blas dot)", () -> {
            for (INDArray g : optimizer.blockGradients()) sumSq[0] += Nd4j.getBlasWrapper().dot(g, g);
        });
        return Math.sqrt(sumSq[0]);
    }

    /** One optimizer step with the current gradient (batch means already: the updater must not divide again). */
    public void applyGradient() {
        if (!hasGradient) throw new IllegalStateException(name + ": applyGradient() before backward()");
        optimizer.step(iteration);
        iteration++;
    }

    /** Clamps every trained weight to [-c, c] (WGAN's Lipschitz constraint); running statistics are left alone. */
    public void clipWeights(double c) {
        for (Sequential.Range r : net.trainedRanges()) {
            INDArray p = net.params().get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(r.from(), r.to()));
            Transforms.min(p, c, false);
            Transforms.max(p, -c, false);
        }
    }

    /** Changes the learning rate for the next steps; the optimizer's moments are kept. */
    public void setLearningRate(double lr) {
        if (lr == learningRate) return;
        optimizer.setLearningRate(lr);
        learningRate = lr;
    }

    public double learningRate() {
        return learningRate;
    }

    /** Optimizer steps taken (Adam's bias correction counts them). */
    public int iteration() {
        return iteration;
    }

    public void setIteration(int iteration) {
        this.iteration = iteration;
    }

    /** A copy of everything an update changes: parameters, optimizer state, step count. */
    public record State(INDArray params, INDArray updaterState, int iteration) {
    }

    public State copyState() {
        INDArray updater = updaterState();
        return new State(params().dup(), updater == null ? null : updater.dup(), iteration());
    }

    /** Puts back a {@link #copyState()}: the network is bit-identical to when it was taken. */
    public void restoreState(State state) {
        params().assign(state.params());
        if (state.updaterState() != null) updaterState().assign(state.updaterState());
        setIteration(state.iteration());
    }

    /** All parameters as one flat view (includes batch-norm running statistics). */
    public INDArray params() {
        return net.params();
    }

    /** The layers, parameters and gradient underneath (for tests in this package). */
    Sequential sequential() {
        return net;
    }

    /** The optimizer's state as one flat view (Adam's moments, ...), or null for plain SGD. */
    public INDArray updaterState() {
        return optimizer.state();
    }
}
