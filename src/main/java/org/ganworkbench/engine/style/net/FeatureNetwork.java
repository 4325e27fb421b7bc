package org.ganworkbench.engine.style.net;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A frozen convolutional network seen as a feature extractor: an image goes in, the activations of
 * chosen layers come out, and gradients with respect to those activations go back to the image.
 * Nothing in it is trained; style transfer optimises the image.
 *
 * <p>Images are [1, 3, H, W] floats, RGB in [0, 1]; each network applies its own preprocessing.
 * One instance serves one image size (its layers keep their buffers). Not thread-safe: it lives
 * on its job's engine thread, like every ND4J object of a run.
 */
public interface FeatureNetwork {

    /** What the UI and the CLI call it, e.g. "VGG16 (ImageNet weights)". */
    String title();

    /** The layers whose features may be asked for, shallowest first (e.g. relu1_1 ... relu5_1). */
    List<String> layers();

    /** The side of the square images this instance takes. */
    int imageSize();

    /**
     * True when the style loss should compare the covariance and means of this network's features
     * rather than their plain Gram matrix (see {@code StyleLosses.centredStyle}): the built-in random filters.
     */
    default boolean centredStyle() {
        return false;
    }

    /**
     * Runs the image through the network as far as the deepest layer asked for, keeping what
     * {@link #backward} needs.
     *
     * @return the features of each asked layer, channels-last [1, H', W', C], owned by the network and
     *         valid until its next forward pass (copy them to keep them)
     */
    Map<String, INDArray> forward(INDArray image, Set<String> layers);

    /**
     * Carries dLoss/dFeatures at some layers of the last forward pass back to the image.
     *
     * @return dLoss/dImage [1, 3, H, W], owned by the network (valid until its next pass)
     */
    INDArray backward(Map<String, INDArray> featureGradients);
}
