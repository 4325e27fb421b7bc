package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The growing part of ProGAN's generator (Karras et al. 2018): one block per resolution, each
 * with its own 1x1 "to image" layer, of which the current stage's is used.
 * <pre>
 * x [N, C0, b, b] -> block 0 -> h0 (b x b) -> block 1 (upsample x2, convs) -> h1 (2b x 2b) -> ... -> h_s
 * image = alpha tanh(toImage_s(h_s)) + (1 - alpha) upsample(tanh(toImage_{s-1}(h_{s-1})))   while stage s fades in
 * out [N, C, H, W]: the image scaled up to full size with nearest neighbour
 * </pre>
 * The output always has the data's size, so the rest of the app (D's input, the sample grid, the
 * judge, exports) never sees the stage; an early stage's image is made of f x f blocks, which D's
 * average pooling (ProgressiveDiscriminator) turns back into the small image exactly.
 *
 * <p>Every stage's parameters exist from the start, so growing keeps every weight and the
 * optimizer's state; the blocks the current stage does not use get zero gradients (their weights
 * stay put, apart from what Adam's momentum still carries).
 */
public final class ProgressiveGenerator implements Layer {

    private final List<LayerChain> blocks;
    private final List<LayerChain> toImage;
    private final Growth growth;
    private final int[] sides;
    private final int fullSide;
    // one of each per stage: a layer's buffers keep their shape for a batch size, and a stage's shapes are its own
    private final List<Upsample> toFullSize = new ArrayList<>();
    private final List<Upsample> doubling = new ArrayList<>();
    private final List<Activation> tanh = new ArrayList<>();
    private final Buffers buffers = new Buffers();

    private INDArray[] hidden;
    private int stage;
    private double alpha;

    /**
     * @param blocks  block s takes block s-1's output (block 0 takes the input) and doubles its side (s > 0)
     * @param toImage per stage, features to image channels (linear: each stage's tanh comes before the blend)
     * @param sides   the image side of each stage, e.g. 7, 14, 28
     */
    public ProgressiveGenerator(List<LayerChain> blocks, List<LayerChain> toImage, int[] sides, Growth growth) {
        if (blocks.size() != sides.length || toImage.size() != sides.length || growth.stages() != sides.length) {
            throw new IllegalArgumentException("one block, one to-image layer and one side per stage");
        }
        this.blocks = List.copyOf(blocks);
        this.toImage = List.copyOf(toImage);
        this.sides = sides.clone();
        this.fullSide = sides[sides.length - 1];
        this.growth = growth;
        for (int side : sides) {
            toFullSize.add(new Upsample(fullSide / side));
            doubling.add(new Upsample(2));
            tanh.add(Activation.tanh());
        }
    }

    /** Stage by stage, blocks then toImage: the order of the parameters in the flat array. */
    private List<LayerChain> inParameterOrder() {
        List<LayerChain> order = new ArrayList<>();
        for (int s = 0; s < sides.length; s++) {
            order.add(blocks.get(s));
            order.add(toImage.get(s));
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
    public long[] outputShape(long[] inputShape) {
        long[] h = inputShape;
        long[] image = null;
        for (int s = 0; s < sides.length; s++) {
            h = blocks.get(s).outputShape(h);
            if (h[1] != sides[s] || h[2] != sides[s]) {
                throw new IllegalArgumentException("block " + s + " gives " + java.util.Arrays.toString(h) + ", not side " + sides[s]);
            }
            image = toImage.get(s).outputShape(h);
        }
        return image;
    }

    @Override
    public long multiplyAdds(long[] inputShape) {
        long total = 0;
        long[] h = inputShape;
        for (int s = 0; s <= growth.stage(); s++) {
            total += blocks.get(s).multiplyAdds(h);
            h = blocks.get(s).outputShape(h);
        }
        return total + toImage.get(growth.stage()).multiplyAdds(h);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        stage = growth.stage();
        alpha = growth.alpha();
        hidden = new INDArray[stage + 1];
        INDArray h = x;
        for (int s = 0; s <= stage; s++) {
            h = blocks.get(s).forward(h, training);
            hidden[s] = h;
        }
        INDArray image = tanh.get(stage).forward(toImage.get(stage).forward(h, training), training);
        if (growth.fading()) {
            // blended in pixel space, as D's real images are (DiscriminatorView): a blend before tanh
            // would give fakes a different mix of the two resolutions than the reals have
            INDArray previous = doubling.get(stage).forward(
                    tanh.get(stage - 1).forward(toImage.get(stage - 1).forward(hidden[stage - 1], training), training), training);
            INDArray blended = buffers.get("blend" + stage, image.dataType(), image.shape());
            blended.assign(previous).muli(1 - alpha);
            image = blended.addi(image.mul(alpha, buffers.get("scaled" + stage, image.dataType(), image.shape())));
        }
        return toFullSize.get(stage).forward(image, training);
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        boolean fading = stage > 0 && alpha < 1;
        INDArray g = toFullSize.get(stage).backward(gradOut, false, true);
        INDArray dPrevious = null;
        if (fading) {
            INDArray gOld = g.mul(1 - alpha, buffers.get("gradOld" + stage, g.dataType(), g.shape()));
            INDArray dSmall = tanh.get(stage - 1).backward(doubling.get(stage).backward(gOld, false, true), false, true);
            dPrevious = toImage.get(stage - 1).backward(dSmall, parameterGradients, true);   // its own buffer until its next pass
            g = g.mul(alpha, buffers.get("gradNew" + stage, g.dataType(), g.shape()));
        }
        g = tanh.get(stage).backward(g, false, true);
        INDArray dh = toImage.get(stage).backward(g, parameterGradients, true);
        for (int s = stage; s >= 0; s--) {
            if (s == stage - 1 && dPrevious != null) dh.addi(dPrevious);                   // dh: block s's own buffer
            dh = blocks.get(s).backward(dh, parameterGradients, s > 0 || inputGradient);
        }
        if (parameterGradients) zeroUnused(fading);
        return dh;
    }

    /** The blocks past the current stage, and every to-image layer but the one(s) in use, must not learn this step. */
    private void zeroUnused(boolean fading) {
        for (int s = 0; s < sides.length; s++) {
            if (s > stage) blocks.get(s).zeroGradients();
            boolean used = s == stage || (fading && s == stage - 1);
            if (!used) toImage.get(s).zeroGradients();
        }
    }

    @Override
    public void freezeActivationPattern(boolean frozen) {
        blocks.forEach(b -> b.freezeActivationPattern(frozen));
        toImage.forEach(t -> t.freezeActivationPattern(frozen));
    }
}
