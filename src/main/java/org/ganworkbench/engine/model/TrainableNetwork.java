package org.ganworkbench.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.NetworkUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One network of the GAN, driven by hand: forward, backward from a gradient supplied by the
 * trainer, and an optimizer step applied only when the trainer says so. This is what lets a
 * G update run its gradient through D without changing a single number of D.
 *
 * <p>Not thread-safe: confined to the run's engine thread, like every DL4J object.
 */
public final class TrainableNetwork {

    /** DL4J keeps batch-norm running statistics among the parameters; they are not trained by gradients. */
    private static final List<String> RUNNING_STATS = List.of("mean", "var", "log10stdev");

    private final String name;
    private final MultiLayerNetwork net;
    private final List<INDArray> trainableParams = new ArrayList<>();
    private final List<INDArray> trainableGradients = new ArrayList<>();
    private Gradient gradient;
    private INDArray stash;
    private double learningRate;

    public TrainableNetwork(String name, MultiLayerNetwork net, double learningRate) {
        this.name = name;
        this.net = net;
        this.learningRate = learningRate;
        for (Map.Entry<String, INDArray> e : net.paramTable().entrySet()) {
            if (isTrained(e.getKey())) trainableParams.add(e.getValue());
        }
    }

    /** Parameter keys are "layer_kind" (e.g. "3_W", "4_mean"). */
    private static boolean isTrained(String key) {
        return !RUNNING_STATS.contains(key.substring(key.indexOf('_') + 1));
    }

    public String name() {
        return name;
    }

    /** The underlying DL4J network, for inference-only callers inside the engine. */
    public MultiLayerNetwork network() {
        return net;
    }

    /** Training-mode forward pass that keeps every layer's input for the following {@link #backward}. */
    public INDArray forward(INDArray x) {
        net.setInput(x);
        List<INDArray> activations = net.feedForward(true, false);
        return activations.get(activations.size() - 1);
    }

    /** Forward pass with nothing kept for backprop; {@code training} selects batch vs running BN statistics. */
    public INDArray predict(INDArray x, boolean training) {
        return net.output(x, training);
    }

    /**
     * Backpropagates dLoss/dOutput through the layers of the last {@link #forward}. The parameter
     * gradients replace the previous ones (see {@link #stashGradient}); nothing is updated.
     *
     * @return dLoss/dInput, the gradient the trainer passes on to the network before this one
     */
    public INDArray backward(INDArray outputGradient) {
        Pair<Gradient, INDArray> result = net.backpropGradient(outputGradient, LayerWorkspaceMgr.noWorkspaces());
        gradient = result.getFirst();
        if (trainableGradients.isEmpty()) {
            // the views DL4J hands out are fixed slices of one flat gradient array: find them once
            gradient.gradientForVariable().forEach((key, view) -> {
                if (isTrained(key)) trainableGradients.add(view);
            });
        }
        return result.getSecond();
    }

    /** Keeps a copy of the current gradient, to be added back after another backward pass. */
    public void stashGradient() {
        INDArray view = net.getGradientsViewArray();
        if (stash == null) stash = view.dup();
        else stash.assign(view);
    }

    /** Adds the stashed gradient to the current one: the gradient of the summed losses of two batches. */
    public void addStashedGradient() {
        net.getGradientsViewArray().addi(stash);
    }

    /** L2 norm of the current gradient over the trained parameters (running statistics excluded). */
    public double gradientNorm() {
        double sumSq = 0;
        for (INDArray g : trainableGradients) {
            double n = g.norm2Number().doubleValue();
            sumSq += n * n;
        }
        return Math.sqrt(sumSq);
    }

    /** One optimizer step with the current gradient (batch means already: the updater must not divide again). */
    public void applyGradient() {
        if (gradient == null) throw new IllegalStateException(name + ": applyGradient() before backward()");
        int iteration = net.getIterationCount();
        net.getUpdater().update(net, gradient, iteration, net.getEpochCount(), 1, LayerWorkspaceMgr.noWorkspaces());
        INDArray params = net.params();
        params.subi(net.getGradientsViewArray().reshape(params.shape()));
        net.setIterationCount(iteration + 1);
    }

    /** Clamps every trained weight to [-c, c] (WGAN's Lipschitz constraint); running statistics are left alone. */
    public void clipWeights(double c) {
        for (INDArray p : trainableParams) {
            Transforms.min(p, c, false);
            Transforms.max(p, -c, false);
        }
    }

    /** Changes the learning rate for the next steps; the optimizer's moments are kept. */
    public void setLearningRate(double lr) {
        if (lr == learningRate) return;
        NetworkUtils.setLearningRate(net, lr);
        learningRate = lr;
    }

    public double learningRate() {
        return learningRate;
    }

    /** Optimizer steps taken (Adam's bias correction counts them). */
    public int iteration() {
        return net.getIterationCount();
    }

    public void setIteration(int iteration) {
        net.setIterationCount(iteration);
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

    /** The optimizer's state as one flat view (Adam's moments, ...), or null for plain SGD. */
    public INDArray updaterState() {
        return net.getUpdater().getStateViewArray();
    }
}
