package org.ganworkbench.engine.config;

/** Update rule of one network. */
public enum OptimizerKind {
    /** Adam with (beta1, beta2); DCGAN's recommendation is lr 2e-4, beta1 0.5. */
    ADAM,
    /** RMSProp with decay beta2; the WGAN paper's choice (momentum-based optimizers destabilise the critic). */
    RMSPROP,
    /** Plain SGD with Nesterov momentum. */
    SGD
}
