package org.ganworkbench.engine.model;

import java.util.HashMap;
import java.util.Map;
import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.model.nn.Growth;
import org.ganworkbench.engine.model.nn.MultiScaleGenerator;
import org.ganworkbench.engine.model.nn.Pool2d;
import org.ganworkbench.engine.model.nn.Upsample;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Real images as the staged architectures' D must see them, so that real and fake differ in
 * content only, never in resolution:
 * <ul>
 *   <li>progressive (Karras et al. 2018): the image at the current stage's resolution (average
 *       pooling), enlarged back with nearest neighbour, and while a stage fades in,
 *       {@code alpha x_s + (1 - alpha) upsample(x_{s-1})}, as ProGAN blends its training images;</li>
 *   <li>MSG-GAN: the image at every resolution, as channel groups like G's output
 *       ({@link MultiScaleGenerator}).</li>
 * </ul>
 * Engine thread only (the pooling layers keep buffers).
 */
final class DiscriminatorView {

    private final Architecture architecture;
    private final DataShape shape;
    private final Growth growth;
    private final int[] sides;
    private final Map<Integer, Pool2d> pools = new HashMap<>();
    private final Map<Integer, Upsample> ups = new HashMap<>();

    DiscriminatorView(GanConfig config, DataShape shape, Growth growth) {
        this.architecture = config.model().architecture();
        this.shape = shape;
        this.growth = growth;
        this.sides = architecture.staged() ? GrowthGeometry.of(shape, config.model().width()).sides() : new int[0];
    }

    /** See {@link GanModel#discriminatorView}. */
    INDArray of(INDArray x) {
        if (architecture == Architecture.MSG) return allScales(x);
        if (architecture != Architecture.PROGRESSIVE || growth == null) return x;
        int full = sides[sides.length - 1];
        int factor = full / sides[growth.stage()];
        if (factor == 1 && !growth.fading()) return x;
        INDArray current = coarse(x, factor);
        if (!growth.fading()) return current;
        try (INDArray previous = coarse(x, factor * 2)) {
            return current.muli(growth.alpha()).addi(previous.muli(1 - growth.alpha()));
        }
    }

    /** G's images: for MSG-GAN the full-size group of its output; otherwise the output itself. */
    INDArray imagesOf(INDArray generated) {
        if (architecture != Architecture.MSG) return generated;
        return generated.get(NDArrayIndex.all(), NDArrayIndex.interval(0, shape.channels()), NDArrayIndex.all(),
                NDArrayIndex.all()).dup('c');
    }

    private INDArray allScales(INDArray x) {
        int stages = sides.length;
        int c = shape.channels();
        INDArray out = Nd4j.create(x.dataType(), x.size(0), (long) c * stages, x.size(2), x.size(3));
        for (int s = 0; s < stages; s++) {
            long group = MultiScaleGenerator.group(s, stages);
            INDArray target = out.get(NDArrayIndex.all(), NDArrayIndex.interval(group * c, (group + 1) * c),
                    NDArrayIndex.all(), NDArrayIndex.all());
            int factor = sides[stages - 1] / sides[s];
            if (factor == 1) {
                target.assign(x);
            } else {
                INDArray scaled = coarse(x, factor);
                target.assign(scaled);
                scaled.close();
            }
        }
        return out;
    }

    /** The image reduced by {@code factor} (average of each block) and enlarged back (nearest): a new array. */
    private INDArray coarse(INDArray x, int factor) {
        Pool2d pool = pools.computeIfAbsent(factor, Pool2d::average);
        Upsample up = ups.computeIfAbsent(factor, Upsample::new);
        return up.forward(pool.forward(x, false), false).dup('c');
    }
}
