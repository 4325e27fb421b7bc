package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The growing part of ProGAN's discriminator, the generator's mirror (Karras et al. 2018):
 * <pre>
 * x [N, C, H, W] (full size) -> average-pool to the stage's side -> x_s
 * h = block_s(fromImage_s(x_s))                                     block s > 0 halves the side
 *   while stage s fades in: h = alpha h + (1 - alpha) fromImage_{s-1}(avgpool2(x_s))
 * -> block_{s-1} -> ... -> block 0 (the final block) -> out: a score [N, 1] (or features, for a projection head)
 * </pre>
 * D always takes full-size arrays: G's early-stage output (f x f blocks) pools back to its small
 * image exactly, and real images pool to what D should see at this stage. Unused blocks get zero
 * gradients, as in {@link ProgressiveGenerator}.
 */
public final class ProgressiveDiscriminator implements Layer {

    private final List<LayerChain> fromImage;
    private final List<LayerChain> blocks;
    private final int[] sides;
    private final Growth growth;
    private final List<Pool2d> toStageSize = new ArrayList<>();
    /** per stage: a layer's buffers keep their shape for a batch size, and a stage's shapes are its own */
    private final List<Pool2d> halving = new ArrayList<>();
    private final Buffers buffers = new Buffers();

    private int stage;
    private double alpha;
    private boolean pooled;

    /**
     * @param fromImage per stage, image channels to that stage's features
     * @param blocks    per stage: block s > 0 maps side s to side s-1; block 0 maps the coarsest features to the output
     * @param sides     the image side of each stage, e.g. 7, 14, 28
     */
    public ProgressiveDiscriminator(List<LayerChain> fromImage, List<LayerChain> blocks, int[] sides, Growth growth) {
        if (blocks.size() != sides.length || fromImage.size() != sides.length || growth.stages() != sides.length) {
            throw new IllegalArgumentException("one block, one from-image layer and one side per stage");
        }
        this.fromImage = List.copyOf(fromImage);
        this.blocks = List.copyOf(blocks);
        this.sides = sides.clone();
        this.growth = growth;
        int full = sides[sides.length - 1];
        for (int side : sides) {
            toStageSize.add(Pool2d.average(full / side));
            halving.add(Pool2d.average(2));
        }
    }

    /** Stage by stage, fromImage then blocks: the order of the parameters in the flat array. */
    private List<LayerChain> inParameterOrder() {
        List<LayerChain> order = new ArrayList<>();
        for (int s = 0; s < sides.length; s++) {
            order.add(fromImage.get(s));
            order.add(blocks.get(s));
        }
        return order;
    }

    @Override
    public List<ParamSpec> params() {
        return LayerChain.paramsInOrder(inParameterOrder());
    }

    @Override
    public void bind(List<INDArray> params, List<INDArray> gradients) {
        LayerChain.bindInOrder(inParameterOrder(), params, gradients);
    }

    @Override
    public long[] outputShape(long[] in) {
        long[] out = null;
        long[] below = null;   // what block s-1 takes, as block s gives it
        for (int s = sides.length - 1; s >= 0; s--) {
            long[] image = {in[0], sides[s], sides[s]};
            long[] features = fromImage.get(s).outputShape(image);
            if (below != null && !java.util.Arrays.equals(below, features)) {
                throw new IllegalArgumentException("stage " + s + " takes " + java.util.Arrays.toString(features)
                        + " but the block above gives " + java.util.Arrays.toString(below));
            }
            below = blocks.get(s).outputShape(features);
            if (s == 0) out = below;
        }
        return out;
    }

    @Override
    public long multiplyAdds(long[] in) {
        long total = 0;
        for (int s = growth.stage(); s >= 0; s--) {
            long[] features = fromImage.get(s).outputShape(new long[] {in[0], sides[s], sides[s]});
            if (s == growth.stage()) total += fromImage.get(s).multiplyAdds(new long[] {in[0], sides[s], sides[s]});
            total += blocks.get(s).multiplyAdds(features);
        }
        return total;
    }

    @Override
    public boolean mixesBatch() {
        return blocks.stream().anyMatch(Layer::mixesBatch);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        stage = growth.stage();
        alpha = growth.alpha();
        Pool2d pool = toStageSize.get(stage);
        pooled = x.size(2) != sides[stage];
        INDArray image = pooled ? pool.forward(x, training) : x;
        INDArray h = blocks.get(stage).forward(fromImage.get(stage).forward(image, training), training);
        if (growth.fading()) {
            INDArray previous = fromImage.get(stage - 1).forward(halving.get(stage).forward(image, training), training);
            INDArray blended = buffers.get("blend" + stage, h.dataType(), h.shape());
            blended.assign(previous).muli(1 - alpha);
            h = blended.addi(h.mul(alpha, buffers.get("scaled" + stage, h.dataType(), h.shape())));
        }
        for (int s = stage - 1; s >= 0; s--) h = blocks.get(s).forward(h, training);
        return h;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        boolean fading = stage > 0 && alpha < 1;
        INDArray g = gradOut;
        for (int s = 0; s < stage; s++) g = blocks.get(s).backward(g, parameterGradients, true);
        INDArray gNew = fading ? g.mul(alpha, buffers.get("gradNew" + stage, g.dataType(), g.shape())) : g;
        INDArray gOld = fading ? g.mul(1 - alpha, buffers.get("gradOld" + stage, g.dataType(), g.shape())) : null;
        INDArray dFeatures = blocks.get(stage).backward(gNew, parameterGradients, true);
        INDArray dImage = fromImage.get(stage).backward(dFeatures, parameterGradients, inputGradient);
        if (fading) {
            INDArray dHalf = fromImage.get(stage - 1).backward(gOld, parameterGradients, inputGradient);
            if (inputGradient) dImage.addi(halving.get(stage).backward(dHalf, false, true)); // dImage: the layer's own buffer
        }
        if (parameterGradients) zeroUnused(fading);
        if (!inputGradient) return null;
        return pooled ? toStageSize.get(stage).backward(dImage, false, true) : dImage;
    }

    private void zeroUnused(boolean fading) {
        for (int s = 0; s < sides.length; s++) {
            if (s > stage) blocks.get(s).zeroGradients();
            boolean used = s == stage || (fading && s == stage - 1);
            if (!used) fromImage.get(s).zeroGradients();
        }
    }

    @Override
    public void freezeActivationPattern(boolean frozen) {
        fromImage.forEach(f -> f.freezeActivationPattern(frozen));
        blocks.forEach(b -> b.freezeActivationPattern(frozen));
    }
}
