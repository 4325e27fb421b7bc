package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * MSG-GAN's discriminator (Karjol et al. 2019), with its simplest combine function (the image of a
 * resolution concatenated to the features arriving there):
 * <pre>
 * x [N, C S + E, H, W]: channel group k = the image at stage S-1-k, enlarged to full size; E extra
 *   channels (the batch-std feature, one-hot label planes) that go in with the full-size image
 * h = block_{S-1}(fromImage([group 0, extras]))
 * h = block_s([h, avgpool(group of stage s)])   for s = S-2 .. 0 (block 0 is the final block)
 * </pre>
 */
public final class MultiScaleDiscriminator implements Layer {

    private final LayerChain fromImage;
    private final List<LayerChain> blocks;
    private final int[] sides;
    private final int imageChannels;
    private final int extraChannels;
    private final List<Pool2d> toStageSize = new ArrayList<>();

    private long[] inputShape;
    private final long[] featureChannels;

    /**
     * @param fromImage the full-size image and the extras to the last stage's features
     * @param blocks    per stage: block s > 0 maps side s to side s-1; block 0 gives the output. Block s < S-1
     *                  takes its features followed by {@code imageChannels} image channels
     */
    public MultiScaleDiscriminator(LayerChain fromImage, List<LayerChain> blocks, int[] sides, int imageChannels,
                                   int extraChannels) {
        if (blocks.size() != sides.length) throw new IllegalArgumentException("one block per stage");
        this.fromImage = fromImage;
        this.blocks = List.copyOf(blocks);
        this.sides = sides.clone();
        this.imageChannels = imageChannels;
        this.extraChannels = extraChannels;
        this.featureChannels = new long[sides.length];
        int full = sides[sides.length - 1];
        for (int side : sides) toStageSize.add(Pool2d.average(full / side));
    }

    @Override
    public List<ParamSpec> params() {
        List<ParamSpec> all = new ArrayList<>(fromImage.params());
        for (LayerChain b : blocks) all.addAll(b.params());
        return all;
    }

    @Override
    public void bind(List<INDArray> params, List<INDArray> gradients) {
        int at = fromImage.params().size();
        fromImage.bind(params.subList(0, at), gradients.subList(0, at));
        for (LayerChain b : blocks) {
            int count = b.params().size();
            b.bind(params.subList(at, at + count), gradients.subList(at, at + count));
            at += count;
        }
    }

    @Override
    public long[] outputShape(long[] in) {
        int stages = sides.length;
        long expected = (long) imageChannels * stages + extraChannels;
        if (in.length != 3 || in[0] != expected || in[1] != sides[stages - 1]) {
            throw new IllegalArgumentException("an MSG-GAN D of " + stages + " scales takes [" + expected + ", "
                    + sides[stages - 1] + ", " + sides[stages - 1] + "] examples, not " + java.util.Arrays.toString(in));
        }
        long[] h = fromImage.outputShape(new long[] {imageChannels + extraChannels, in[1], in[2]});
        for (int s = stages - 1; s >= 0; s--) {
            featureChannels[s] = h[0];
            long[] blockIn = s == stages - 1 ? h : new long[] {h[0] + imageChannels, h[1], h[2]};
            h = blocks.get(s).outputShape(blockIn);
        }
        return h;
    }

    @Override
    public long multiplyAdds(long[] in) {
        long[] h = new long[] {imageChannels + extraChannels, in[1], in[2]};
        long total = fromImage.multiplyAdds(h);
        h = fromImage.outputShape(h);
        for (int s = sides.length - 1; s >= 0; s--) {
            long[] blockIn = s == sides.length - 1 ? h : new long[] {h[0] + imageChannels, h[1], h[2]};
            total += blocks.get(s).multiplyAdds(blockIn);
            h = blocks.get(s).outputShape(blockIn);
        }
        return total;
    }

    @Override
    public boolean mixesBatch() {
        return blocks.stream().anyMatch(Layer::mixesBatch);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        inputShape = x.shape();
        int stages = sides.length;
        INDArray full = extraChannels == 0 ? x.get(channels(0, imageChannels)).dup('c')
                : Nd4j.concat(1, x.get(channels(0, imageChannels)), x.get(channels((long) imageChannels * stages, x.size(1))));
        INDArray h = blocks.get(stages - 1).forward(fromImage.forward(full, training), training);
        for (int s = stages - 2; s >= 0; s--) {
            long group = MultiScaleGenerator.group(s, stages);
            INDArray image = toStageSize.get(s).forward(x.get(channels(group * imageChannels, (group + 1) * imageChannels)).dup('c'), training);
            h = blocks.get(s).forward(Nd4j.concat(1, h, image), training);
        }
        return h;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        int stages = sides.length;
        INDArray gradIn = inputGradient ? Nd4j.zeros(gradOut.dataType(), inputShape) : null;
        INDArray g = gradOut;
        for (int s = 0; s < stages - 1; s++) {
            INDArray dIn = blocks.get(s).backward(g, parameterGradients, true);
            long c = featureChannels[s];
            if (inputGradient) {
                long group = MultiScaleGenerator.group(s, stages);
                INDArray dImage = toStageSize.get(s).backward(dIn.get(channels(c, c + imageChannels)).dup('c'), false, true);
                gradIn.get(channels(group * imageChannels, (group + 1) * imageChannels)).assign(dImage);
            }
            g = dIn.get(channels(0, c)).dup('c');
        }
        INDArray dFull = fromImage.backward(blocks.get(stages - 1).backward(g, parameterGradients, true),
                parameterGradients, inputGradient);
        if (!inputGradient) return null;
        gradIn.get(channels(0, imageChannels)).assign(dFull.get(channels(0, imageChannels)));
        if (extraChannels > 0) {
            gradIn.get(channels((long) imageChannels * stages, inputShape[1]))
                    .assign(dFull.get(channels(imageChannels, imageChannels + extraChannels)));
        }
        return gradIn;
    }

    private static INDArrayIndex[] channels(long from, long to) {
        return new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all()};
    }

    @Override
    public void freezeActivationPattern(boolean frozen) {
        fromImage.freezeActivationPattern(frozen);
        blocks.forEach(b -> b.freezeActivationPattern(frozen));
    }
}
