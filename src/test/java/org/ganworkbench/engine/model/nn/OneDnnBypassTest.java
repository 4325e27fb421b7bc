package org.ganworkbench.engine.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The oneDNN bypass: which layers take it, that it computes the same product, and that it always switches back. */
class OneDnnBypassTest {

    @Test
    void onlyWeightsWhoseColumnsLie4KiBApartTakeIt() {
        assertTrue(OneDnnBypass.columnsAlias(1024, 4), "G's last MLP layer, 1024 -> 784, float");
        assertTrue(OneDnnBypass.columnsAlias(2048, 4));
        assertTrue(OneDnnBypass.columnsAlias(512, 8), "doubles: 512 x 8 bytes");
        assertFalse(OneDnnBypass.columnsAlias(512, 4));
        assertFalse(OneDnnBypass.columnsAlias(784, 4));
        assertFalse(OneDnnBypass.columnsAlias(128, 4));
    }

    @Test
    void theBypassEndsWithTheOpEvenWhenItFailsAndNeverTouchesTheProcessFlag() {
        assertTrue(Nd4j.getEnvironment().helpersAllowed(), "the default this project runs with");
        boolean[] during = new boolean[2];
        OneDnnBypass.run(() -> {
            during[0] = OneDnnBypass.active();
            during[1] = Nd4j.getEnvironment().helpersAllowed();
        });
        assertTrue(during[0], "on for this thread while the op runs");
        assertTrue(during[1], "the process-wide flag stays on");
        assertFalse(OneDnnBypass.active());
        assertThrows(IllegalStateException.class, () -> OneDnnBypass.run(() -> {
            throw new IllegalStateException("op failed");
        }));
        assertFalse(OneDnnBypass.active(), "off after a failure too");
    }

    @Test
    void denseInputGradientThroughTheBypassIsTheSameProduct() {
        Dense dense = new Dense(1024, 8, ParamSpec.Init.constant(0));
        INDArray w = Nd4j.rand(DataType.FLOAT, new int[] {1024, 8}, 'f');
        INDArray b = Nd4j.zeros(DataType.FLOAT, 8);
        dense.bind(List.of(w, b), List.of(Nd4j.create(DataType.FLOAT, new long[] {1024, 8}, 'f'), Nd4j.zeros(DataType.FLOAT, 8)));
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 1024);
        dense.forward(x, true);
        INDArray g = Nd4j.rand(DataType.FLOAT, 4, 8);
        INDArray dx = dense.backward(g, false, true);
        INDArray expected = g.mmul(w.transpose());
        assertEquals(0, dx.sub(expected).amaxNumber().doubleValue(), 1e-4);
        assertTrue(Nd4j.getEnvironment().helpersAllowed());
    }
}
