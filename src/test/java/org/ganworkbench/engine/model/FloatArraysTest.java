package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The bulk copy gives the array ND4J's own element-by-element create gives. */
class FloatArraysTest {

    @Test
    void sameArrayAsNd4jCreate() {
        float[] values = new float[2 * 3 * 4];
        for (int i = 0; i < values.length; i++) values[i] = (float) Math.sin(i) * 1e3f;
        INDArray bulk = FloatArrays.of(values, 2, 3, 4);
        INDArray reference = Nd4j.create(values, new long[] {2, 3, 4}, 'c');
        assertEquals(reference, bulk);
        assertEquals(DataType.FLOAT, bulk.dataType());
        assertEquals('c', bulk.ordering());
        assertArrayEquals(new long[] {2, 3, 4}, bulk.shape());
        assertEquals(values[1 * 12 + 2 * 4 + 3], bulk.getFloat(1, 2, 3), 0);
        assertArrayEquals(values, bulk.reshape(values.length).toFloatVector(), 0);
    }

    @Test
    void aShapeTheValuesDoNotFillIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FloatArrays.of(new float[5], 2, 3));
    }
}
