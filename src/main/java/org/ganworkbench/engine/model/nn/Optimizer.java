package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Applies an optimizer step to a {@link Sequential}'s flat parameters with ND4J's own updaters
 * (Adam, RMSProp, Nesterov, SGD: the arithmetic DL4J's network updater runs), one block per run
 * of trained parameters. The state array has DL4J's layout too: block after block, and within a
 * block each state tensor over the whole block (Adam: all m, then all v), so saved sessions keep
 * their meaning.
 *
 * <p>The step: each block's gradient is turned into its update in place, then parameters -= gradient
 * over the whole array. Entries between blocks hold batch norm's running-statistics changes
 * (see {@link BatchNorm}) and are subtracted as they are, like DL4J's no-op updater does.
 */
public final class Optimizer {

    private final IUpdater config;
    private final INDArray params;
    private final INDArray gradient;
    private final INDArray state;
    private final List<INDArray> blockGradients = new ArrayList<>();
    private final List<GradientUpdater<?>> updaters = new ArrayList<>();
    /** params -= update: libnd4j's custom op is several times faster than INDArray.subi here */
    private final NativeOp subtract = NativeOp.of("subtract");
    private final NativeOp adamUpdate = NativeOp.of("adam_updater");
    /** Adam's first and second moments per block (views of the state array, in DL4J's layout: m then v) */
    private final List<INDArray> adamMoments = new ArrayList<>();

    public Optimizer(IUpdater config, Sequential net) {
        this.config = config;
        this.params = net.params();
        this.gradient = net.gradient();
        long stateLength = 0;
        for (Sequential.Range r : net.trainedRanges()) stateLength += config.stateSize(r.length());
        this.state = stateLength == 0 ? null : Nd4j.create(DataType.FLOAT, 1, stateLength);
        long offset = 0;
        for (Sequential.Range r : net.trainedRanges()) {
            long size = config.stateSize(r.length());
            INDArray view = size == 0 ? null
                    : state.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + size)).reshape(1, size);
            updaters.add(config.instantiate(view, true));
            INDArray g = gradient.get(NDArrayIndex.point(0), NDArrayIndex.interval(r.from(), r.to())).reshape(r.length());
            blockGradients.add(g);
            if (config instanceof Adam) {
                adamMoments.add(view.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, r.length())).reshape(r.length()));
                adamMoments.add(view.get(NDArrayIndex.point(0), NDArrayIndex.interval(r.length(), 2 * r.length()))
                        .reshape(r.length()));
            }
            offset += size;
        }
    }

    /**
     * One step with the current gradient (a batch mean already: nothing is divided by the batch
     * size here). The gradient array holds the update afterwards.
     *
     * @param iteration steps taken before this one (Adam's bias correction)
     */
    public void step(int iteration) {
        if (config instanceof Adam adam) {
            adamStep(adam, iteration);
            return;
        }
        for (int i = 0; i < updaters.size(); i++) {
            int block = i;
            OpTimer.time("updater " + config.getClass().getSimpleName(),
                    () -> updaters.get(block).applyUpdater(blockGradients.get(block), iteration, 0));
        }
        subtract.run(NativeOp.in(params, gradient), params);
    }

    /**
     * Adam, the default: the same libnd4j op ND4J's AdamUpdater runs (adam_updater), called through
     * a prepared op instead of a new op object per block and step (~0.3 ms per call at toy sizes).
     */
    private void adamStep(Adam adam, int iteration) {
        long[] intArgs = {iteration};
        double[] floatArgs = {adam.getLearningRate(iteration, 0), adam.getBeta1(), adam.getBeta2(), adam.getEpsilon()};
        for (int i = 0; i < blockGradients.size(); i++) {
            INDArray g = blockGradients.get(i);
            INDArray m = adamMoments.get(2 * i);
            INDArray v = adamMoments.get(2 * i + 1);
            adamUpdate.run(intArgs, floatArgs, NativeOp.in(g, v, m), g, v, m);  // g becomes the update
        }
        subtract.run(NativeOp.in(params, gradient), params);
    }

    public void setLearningRate(double lr) {
        config.setLrAndSchedule(lr, null);
    }

    /** The optimizer's state (Adam's moments, ...), or null for plain SGD. */
    public INDArray state() {
        return state;
    }

    /** The trained parameters' gradient, one view per block. */
    public List<INDArray> blockGradients() {
        return blockGradients;
    }
}
