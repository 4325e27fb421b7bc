package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ganworkbench.engine.model.nn.Activation;
import org.ganworkbench.engine.model.nn.BatchNorm;
import org.ganworkbench.engine.model.nn.Dense;
import org.ganworkbench.engine.model.nn.ParamSpec.Init;
import org.ganworkbench.engine.model.nn.Sequential;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * D's weight decay and a penalty's gradient join the loss's gradient on the trained parameters
 * only: batch norm's running statistics (also in the flat gradient) keep the loss pass's update.
 */
class WeightDecayTest {

    @Test
    void weightDecayShrinksEveryTrainedParameterAndLeavesRunningStatisticsAlone() {
        Sequential net = new Sequential(new long[] {3}, List.of(new Dense(3, 4, Init.normal(0.5)), new BatchNorm(4),
                Activation.relu(), new Dense(4, 1, Init.normal(0.5))), 5, DataType.DOUBLE);
        TrainableNetwork d = new TrainableNetwork("D", net, new Sgd(0.1));
        d.forward(Nd4j.rand(DataType.DOUBLE, 8, 3));
        d.backwardParameters(Nd4j.zeros(DataType.DOUBLE, 8, 1)); // no loss: the gradient is the decay alone
        double[] loss = net.gradient().toDoubleVector();
        double[] before = d.params().toDoubleVector();

        d.addWeightDecay(0.5);
        INDArray extra = Nd4j.ones(DataType.DOUBLE, 1, before.length);
        d.addToTrainedGradient(extra, 2);
        double[] gradient = net.gradient().toDoubleVector();
        boolean[] trained = new boolean[before.length];
        for (Sequential.Range r : net.trainedRanges()) for (long i = r.from(); i < r.to(); i++) trained[(int) i] = true;
        for (int i = 0; i < before.length; i++) {
            double expected = trained[i] ? loss[i] + 0.5 * before[i] + 2 : loss[i];
            assertEquals(expected, gradient[i], 1e-12, (trained[i] ? "trained " : "running statistic ") + i);
        }
        d.applyGradient();
        double[] after = d.params().toDoubleVector();
        for (int i = 0; i < before.length; i++) {
            if (trained[i]) assertEquals(before[i] - 0.1 * (loss[i] + 0.5 * before[i] + 2), after[i], 1e-12, "SGD step " + i);
        }
    }
}
