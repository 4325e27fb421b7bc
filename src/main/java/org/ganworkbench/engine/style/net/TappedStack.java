package org.ganworkbench.engine.style.net;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A frozen {@link Sequential} whose inner layers can be read and fed: the forward pass stops at the
 * deepest layer asked for and hands out the outputs of the named ones ("taps"); the backward pass
 * starts at the deepest tap with a gradient and adds each shallower tap's gradient as it passes it.
 * Only input gradients are computed (the weights are fixed), so a convolution's backward pass is a
 * single transposed convolution.
 */
final class TappedStack {

    private final Sequential net;
    private final Map<String, Integer> tapLayer = new LinkedHashMap<>();
    private int lastDeepest = -1;

    /** @param taps name -> index of the layer whose output it is, shallowest first */
    TappedStack(Sequential net, Map<String, Integer> taps) {
        this.net = net;
        taps.forEach((name, index) -> {
            if (index < 0 || index >= net.layers().size()) throw new IllegalArgumentException("no layer " + index + " for " + name);
            tapLayer.put(name, index);
        });
    }

    List<String> taps() {
        return new ArrayList<>(tapLayer.keySet());
    }

    Sequential network() {
        return net;
    }

    Map<String, INDArray> forward(INDArray x, Set<String> wanted) {
        int deepest = -1;
        for (String name : wanted) deepest = Math.max(deepest, indexOf(name));
        Map<String, INDArray> out = new HashMap<>();
        List<Layer> layers = net.layers();
        INDArray a = x;
        for (int i = 0; i <= deepest; i++) {
            a = layers.get(i).forward(a, true);
            for (String name : wanted) if (tapLayer.get(name) == i) out.put(name, a);
        }
        lastDeepest = deepest;
        return out;
    }

    /** dLoss/dInput; null when no gradient was given. */
    INDArray backward(Map<String, INDArray> gradients) {
        Map<Integer, INDArray> at = new HashMap<>();
        int start = -1;
        for (Map.Entry<String, INDArray> e : gradients.entrySet()) {
            int i = indexOf(e.getKey());
            if (i > lastDeepest) throw new IllegalStateException(e.getKey() + " was not computed by the last forward pass");
            at.put(i, e.getValue());
            start = Math.max(start, i);
        }
        List<Layer> layers = net.layers();
        INDArray g = null;
        for (int i = start; i >= 0; i--) {
            INDArray tap = at.get(i);
            if (tap != null) g = g == null ? tap : g.addi(tap); // g is the next layer's own buffer
            g = layers.get(i).backward(g, false, true);
        }
        return g;
    }

    private int indexOf(String name) {
        Integer i = tapLayer.get(name);
        if (i == null) throw new IllegalArgumentException("no layer named " + name + "; layers: " + String.join(", ", tapLayer.keySet()));
        return i;
    }
}
