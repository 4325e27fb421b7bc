package org.ganworkbench.engine.style.net;

import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The zoo's VGG16 cut after relu5_1's convolution (vertices "0" to "14", the zoo's own layer
 * configurations) as a DL4J ComputationGraph: what the zoo's ImageNet file holds, without the
 * classifier's 120 M parameters, so tests can build, save and serve it.
 */
final class ZooGraphs {

    private ZooGraphs() {
    }

    static ComputationGraph convolutionalPart(long seed) {
        ComputationGraphConfiguration.GraphBuilder b = new NeuralNetConfiguration.Builder().seed(seed)
                .dataType(DataType.FLOAT).graphBuilder().addInputs("in");
        List<Layer> layers = Dl4jVggFeatures.zooLayers();
        String previous = "in";
        for (int i = 0; i < layers.size(); i++) {
            b.addLayer(String.valueOf(i), layers.get(i), previous);
            previous = String.valueOf(i);
        }
        b.setOutputs(previous).setInputTypes(InputType.convolutional(32, 32, 3));
        ComputationGraph graph = new ComputationGraph(b.build());
        graph.init();
        return graph;
    }
}
