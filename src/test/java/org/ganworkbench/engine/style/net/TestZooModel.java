package org.ganworkbench.engine.style.net;

import org.deeplearning4j.common.resources.DL4JResources;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.zoo.ModelMetaData;
import org.deeplearning4j.zoo.PretrainedType;
import org.deeplearning4j.zoo.ZooModel;

/**
 * A zoo entry like VGG16's for tests: its ImageNet weights are models/NAME.zip under DL4J's base
 * download URL (pointed at a loopback server by the test), with the checksum the test gives.
 */
public final class TestZooModel extends ZooModel<ComputationGraph> {

    private final String name;
    private final long checksum;

    public TestZooModel(String name, long checksum) {
        this.name = name;
        this.checksum = checksum;
    }

    @Override
    public String pretrainedUrl(PretrainedType type) {
        return type == PretrainedType.IMAGENET ? DL4JResources.getURLString("models/" + name + ".zip") : null;
    }

    @Override
    public long pretrainedChecksum(PretrainedType type) {
        return checksum;
    }

    @Override
    public Class<? extends Model> modelType() {
        return ComputationGraph.class;
    }

    @Override
    public String modelName() {
        return name;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ComputationGraph init() {
        return ZooGraphs.convolutionalPart(1);
    }

    @Override
    @SuppressWarnings("deprecation")
    public ModelMetaData metaData() {
        return null;
    }

    @Override
    public void setInputShape(int[][] inputShape) {
    }
}
