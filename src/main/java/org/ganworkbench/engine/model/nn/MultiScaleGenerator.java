package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * MSG-GAN's generator (Karjol et al. 2019): the blocks of a progressive G, all in use, each with
 * its own "to image" layer, so G draws the image at every resolution at once and D's gradient
 * reaches every scale directly.
 * <pre>
 * x [N, C0, b, b] -> block 0 -> h0 -> block 1 -> h1 -> ... -> h_{S-1}
 * out [N, C S, H, W]: channel group k holds tanh(toImage_{S-1-k}(h_{S-1-k})) scaled up to full size
 * </pre>
 * Group 0 is the full-size image (what the sample grid shows); the coarser images ride along as
 * nearest-neighbour-enlarged channels, which D's average pooling turns back into them exactly.
 */
public final class MultiScaleGenerator implements Layer {

    private final List<LayerChain> blocks;
    private final List<LayerChain> toImage;
    private final int[] sides;
    private final int imageChannels;
    private final List<Activation> tanh = new ArrayList<>();
    private final List<Upsample> toFullSize = new ArrayList<>();
    private final Buffers buffers = new Buffers();

    /**
     * @param blocks        block s takes block s-1's output (block 0 the input) and doubles its side (s > 0)
     * @param toImage       per stage, features to {@code imageChannels} (linear; tanh follows)
     * @param sides         the image side of each stage, coarsest first
     */
    public MultiScaleGenerator(List<LayerChain> blocks, List<LayerChain> toImage, int[] sides, int imageChannels) {
        if (blocks.size() != sides.length || toImage.size() != sides.length) {
            throw new IllegalArgumentException("one block and one to-image layer per stage");
        }
        this.blocks = List.copyOf(blocks);
        this.toImage = List.copyOf(toImage);
        this.sides = sides.clone();
        this.imageChannels = imageChannels;
        int full = sides[sides.length - 1];
        for (int side : sides) {
            tanh.add(Activation.tanh());
            toFullSize.add(new Upsample(full / side));
        }
    }

    /** The channel group of stage s in the output: 0 for the full-size image, then coarser ones. */
    public static int group(int stage, int stages) {
        return stages - 1 - stage;
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
        for (int s = 0; s < sides.length; s++) {
            h = blocks.get(s).outputShape(h);
            long[] image = toImage.get(s).outputShape(h);
            if (image[0] != imageChannels || image[1] != sides[s]) {
                throw new IllegalArgumentException("stage " + s + " draws " + java.util.Arrays.toString(image));
            }
        }
        int full = sides[sides.length - 1];
        return new long[] {(long) imageChannels * sides.length, full, full};
    }

    @Override
    public long multiplyAdds(long[] inputShape) {
        long total = 0;
        long[] h = inputShape;
        for (int s = 0; s < sides.length; s++) {
            total += blocks.get(s).multiplyAdds(h);
            h = blocks.get(s).outputShape(h);
            total += toImage.get(s).multiplyAdds(h);
        }
        return total;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        long n = x.size(0);
        int full = sides[sides.length - 1];
        INDArray out = buffers.get("out", x.dataType(), n, (long) imageChannels * sides.length, full, full);
        INDArray h = x;
        for (int s = 0; s < sides.length; s++) {
            h = blocks.get(s).forward(h, training);
            INDArray image = tanh.get(s).forward(toImage.get(s).forward(h, training), training);
            out.get(groupIndex(group(s, sides.length))).assign(toFullSize.get(s).forward(image, training));
        }
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        INDArray dh = null;
        for (int s = sides.length - 1; s >= 0; s--) {
            INDArray dGroup = buffers.get("gradGroup" + s, gradOut.dataType(), gradOut.size(0), imageChannels,
                    gradOut.size(2), gradOut.size(3));
            dGroup.assign(gradOut.get(groupIndex(group(s, sides.length))));
            INDArray dImage = tanh.get(s).backward(toFullSize.get(s).backward(dGroup, false, true), false, true);
            INDArray fromImage = toImage.get(s).backward(dImage, parameterGradients, true);
            // dh: block s+1's own input-gradient buffer (or, at the top, the to-image layer's)
            dh = dh == null ? fromImage : dh.addi(fromImage);
            dh = blocks.get(s).backward(dh, parameterGradients, s > 0 || inputGradient);
        }
        return dh;
    }

    private INDArrayIndex[] groupIndex(int group) {
        return new INDArrayIndex[] {NDArrayIndex.all(),
                NDArrayIndex.interval((long) group * imageChannels, (long) (group + 1) * imageChannels),
                NDArrayIndex.all(), NDArrayIndex.all()};
    }

    @Override
    public void freezeActivationPattern(boolean frozen) {
        blocks.forEach(b -> b.freezeActivationPattern(frozen));
        toImage.forEach(t -> t.freezeActivationPattern(frozen));
    }

}
