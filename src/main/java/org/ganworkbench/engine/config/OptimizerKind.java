package org.ganworkbench.engine.config;

/** Update rule of one network. */
public enum OptimizerKind implements Labelled {
    /** Adam with (beta1, beta2); DCGAN's recommendation is lr 2e-4, beta1 0.5. */
    ADAM("Adam"),
    /** RMSProp with decay beta2; the WGAN paper's choice (momentum-based optimizers destabilise the critic). */
    RMSPROP("RMSProp"),
    /** Plain SGD with Nesterov momentum. */
    SGD("SGD (Nesterov momentum)");

    private final String label;

    OptimizerKind(String label) {
        this.label = label;
    }

    /** The name people use, shown in the editor's drop-downs. */
    @Override
    public String label() {
        return label;
    }
}
