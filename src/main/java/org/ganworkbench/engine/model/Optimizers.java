package org.ganworkbench.engine.model;

import org.ganworkbench.engine.config.OptimizerSpec;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/** Maps our optimizer spec to DL4J's updater configs (epsilons as in PyTorch's defaults). */
final class Optimizers {

    private static final double EPSILON = 1e-8;

    private Optimizers() {
    }

    static IUpdater updater(OptimizerSpec spec) {
        return switch (spec.kind()) {
            case ADAM -> new Adam(spec.learningRate(), spec.beta1(), spec.beta2(), EPSILON);
            case RMSPROP -> new RmsProp(spec.learningRate(), spec.beta2(), EPSILON);
            case SGD -> spec.momentum() > 0 ? new Nesterovs(spec.learningRate(), spec.momentum())
                    : new Sgd(spec.learningRate());
        };
    }
}
