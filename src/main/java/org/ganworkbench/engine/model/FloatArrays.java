package org.ganworkbench.engine.model;

import java.nio.ByteOrder;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Float arrays from Java values, copied in one block.
 *
 * <p>Why not {@code Nd4j.create(float[], shape, 'c')}: in ND4J M2.1 it fills the new buffer one
 * {@code put(i, value)} at a time (BaseDataBuffer.setData), the one Java hot spot in a JFR profile
 * of the MLP step. A bulk copy into the buffer's memory gives the same array: a [64, 784] real
 * batch in 0.13 ms instead of 0.29, a [64, 100] noise batch in 0.013 instead of 0.030.
 */
public final class FloatArrays {

    private FloatArrays() {
    }

    /** A new 'c'-order float array of this shape holding {@code values}. */
    public static INDArray of(float[] values, long... shape) {
        long length = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (length != values.length) {
            throw new IllegalArgumentException(values.length + " values cannot fill shape " + Arrays.toString(shape));
        }
        INDArray array = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().put(values);
        return array;
    }
}
