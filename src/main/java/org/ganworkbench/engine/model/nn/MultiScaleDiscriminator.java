package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * MSG-GAN's discriminator (Karjol et al. 2019), with its simplest combine function (the image of a
 * resolution concatenated to the features arriving there):
 * <pre>
 * x [N, C S + E, H, W]: channel group k = the image at stage S-1-k, enlarged to full size; E extra
 *   channels (a conditional D's one-hot label planes) that go in with the full-size image
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
    private final Buffers buffers = new Buffers();

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
        long n = x.size(0);
        // every array below is this layer's own for the batch size (a fresh one per pass piled up native memory)
        INDArray full = buffers.get("full", x.dataType(), n, imageChannels + extraChannels, x.size(2), x.size(3));
        full.get(channels(0, imageChannels)).assign(x.get(channels(0, imageChannels)));
        if (extraChannels > 0) {
            full.get(channels(imageChannels, imageChannels + extraChannels))
                    .assign(x.get(channels((long) imageChannels * stages, x.size(1))));
        }
        INDArray h = blocks.get(stages - 1).forward(fromImage.forward(full, training), training);
        for (int s = stages - 2; s >= 0; s--) {
            long group = MultiScaleGenerator.group(s, stages);
            INDArray scale = buffers.get("scale" + s, x.dataType(), n, imageChannels, x.size(2), x.size(3));
            scale.assign(x.get(channels(group * imageChannels, (group + 1) * imageChannels)));
            INDArray image = toStageSize.get(s).forward(scale, training);
            INDArray joined = buffers.get("joined" + s, x.dataType(), n, h.size(1) + imageChannels, h.size(2), h.size(3));
            joined.get(channels(0, h.size(1))).assign(h);
            joined.get(channels(h.size(1), h.size(1) + imageChannels)).assign(image);
            h = blocks.get(s).forward(joined, training);
        }
        return h;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        int stages = sides.length;
        INDArray gradIn = inputGradient ? buffers.get("gradIn", gradOut.dataType(), inputShape) : null;
        INDArray g = gradOut;
        for (int s = 0; s < stages - 1; s++) {
            INDArray dIn = blocks.get(s).backward(g, parameterGradients, true);
            long c = featureChannels[s];
            if (inputGradient) {
                long group = MultiScaleGenerator.group(s, stages);
                INDArray dScaled = buffers.get("gradImage" + s, dIn.dataType(), dIn.size(0), imageChannels, dIn.size(2), dIn.size(3));
                dScaled.assign(dIn.get(channels(c, c + imageChannels)));
                INDArray dImage = toStageSize.get(s).backward(dScaled, false, true);
                gradIn.get(channels(group * imageChannels, (group + 1) * imageChannels)).assign(dImage);
            }
            INDArray dFeatures = buffers.get("gradFeatures" + s, dIn.dataType(), dIn.size(0), c, dIn.size(2), dIn.size(3));
            g = dFeatures.assign(dIn.get(channels(0, c)));
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
