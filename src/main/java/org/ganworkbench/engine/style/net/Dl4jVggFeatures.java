package org.ganworkbench.engine.style.net;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.zoo.model.VGG16;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * VGG16 up to relu5_1 run by DL4J itself: the zoo's own layer configurations (ConvolutionLayer with
 * its ReLU, SubsamplingLayer) in a MultiLayerNetwork, fed layer by layer so gradients can enter at
 * inner layers. It exists to compare with {@link VggFeatures} (same features; {@code bench --model
 * style256 --engine dl4j} times it); the app uses whichever is faster, see docs/performance.md.
 *
 * <p>DL4J's layers always compute their weight gradients and recompute a convolution's output in
 * the backward pass, and in M2.1 its convolution runs im2col + gemm in Java (the oneDNN helper is
 * off): work the project's own frozen layers skip.
 */
public final class Dl4jVggFeatures implements FeatureNetwork {

    private final int size;
    private final MultiLayerNetwork net;
    private final Map<String, Integer> taps = new LinkedHashMap<>();
    private final INDArray preprocessed;
    private final INDArray imageGradient;
    private int lastDeepest = -1;

    public Dl4jVggFeatures(Vgg16Weights weights, int size) {
        this.size = size;
        List<Layer> layers = zooLayers();
        NeuralNetConfiguration.ListBuilder builder = new NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT)
                .trainingWorkspaceMode(WorkspaceMode.NONE)
                .inferenceWorkspaceMode(WorkspaceMode.NONE)
                .list();
        layers.forEach(builder::layer);
        MultiLayerConfiguration conf = builder.setInputType(InputType.convolutional(size, size, 3)).build();
        net = new MultiLayerNetwork(conf);
        net.init();
        net.initGradientsView();
        List<Vgg16Layout.Conv> convs = Vgg16Layout.convs();
        int conv = 0;
        for (int i = 0; i < layers.size(); i++) {
            if (!(layers.get(i) instanceof ConvolutionLayer)) continue;
            Vgg16Layout.Conv c = convs.get(conv);
            net.getLayer(i).setParam("W", Nd4j.create(weights.weights().get(conv), new long[] {c.out(), c.in(), 3, 3}, 'c'));
            net.getLayer(i).setParam("b", Nd4j.create(weights.biases().get(conv), new long[] {1, c.out()}, 'c'));
            taps.put(c.name(), i);
            conv++;
        }
        preprocessed = Nd4j.create(DataType.FLOAT, 1, 3, size, size);
        imageGradient = Nd4j.create(DataType.FLOAT, 1, 3, size, size);
    }

    /** The zoo's VGG16 layer configurations up to the convolution of relu5_1 (vertices "0" to "14"). */
    static List<Layer> zooLayers() {
        Map<String, org.deeplearning4j.nn.conf.graph.GraphVertex> vertices = VGG16.builder().build().conf().getVertices();
        List<Layer> out = new ArrayList<>();
        int convs = 0;
        for (int i = 0; convs < Vgg16Layout.convs().size(); i++) {
            Layer layer = ((LayerVertex) vertices.get(String.valueOf(i))).getLayerConf().getLayer().clone();
            out.add(layer);
            if (layer instanceof ConvolutionLayer) convs++;
        }
        return out;
    }

    @Override
    public String title() {
        return "VGG16 on DL4J's layers";
    }

    @Override
    public List<String> layers() {
        return new ArrayList<>(taps.keySet());
    }

    @Override
    public int imageSize() {
        return size;
    }

    @Override
    public Map<String, INDArray> forward(INDArray image, Set<String> layers) {
        for (int c = 0; c < 3; c++) {
            VggFeatures.channel(preprocessed, c).assign(VggFeatures.channel(image, 2 - c).mul(255).subi(VggFeatures.MEAN_BGR[c]));
        }
        int deepest = layers.stream().mapToInt(this::indexOf).max().orElse(-1);
        List<INDArray> activations = net.feedForwardToLayer(deepest, preprocessed, true); // [input, layer 0, ...]
        // the pass hands out detached activations and clears the layers' inputs; backprop layer by layer needs them
        for (int i = 0; i <= deepest; i++) net.getLayer(i).setInput(activations.get(i), LayerWorkspaceMgr.noWorkspaces());
        Map<String, INDArray> out = new HashMap<>();
        // DL4J's layers are NCHW; feature networks hand out channels-last features (StyleLosses reads [1, H, W, C])
        for (String name : layers) out.put(name, activations.get(indexOf(name) + 1).permute(0, 2, 3, 1).dup('c'));
        lastDeepest = deepest;
        return out;
    }

    @Override
    public INDArray backward(Map<String, INDArray> featureGradients) {
        Map<Integer, INDArray> at = new HashMap<>();
        featureGradients.forEach((name, g) -> at.put(indexOf(name), g.permute(0, 3, 1, 2).dup('c')));
        int start = at.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (start > lastDeepest) throw new IllegalStateException("a layer past the last forward pass was given a gradient");
        INDArray g = null;
        LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
        for (int i = start; i >= 0; i--) {
            INDArray tap = at.get(i);
            if (tap != null) g = g == null ? tap : g.addi(tap);
            g = net.getLayer(i).backpropGradient(g, workspaces).getSecond();
        }
        for (int c = 0; c < 3; c++) VggFeatures.channel(imageGradient, 2 - c).assign(VggFeatures.channel(g, c).mul(255));
        return imageGradient;
    }

    private int indexOf(String name) {
        Integer i = taps.get(name);
        if (i == null) throw new IllegalArgumentException("no layer named " + name);
        return i;
    }
}
