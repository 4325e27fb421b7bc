package org.ganworkbench.engine.config;

/** The adversarial objective. D outputs an unbounded score; each loss says how to read it. */
public enum LossKind implements Labelled {
    /** Goodfellow et al. 2014, G minimises log(1 - D(G(z))): its gradient vanishes when D wins. */
    MINIMAX("Minimax (saturating)"),
    /** The 2014 paper's practical variant: G maximises log D(G(z)) instead. */
    NON_SATURATING("Non-saturating"),
    /** Arjovsky et al. 2017: D is a critic, G minimises -critic(G(z)); needs weight clipping. */
    WASSERSTEIN("Wasserstein"),
    /** Mao et al. 2017 (LSGAN): squared error to targets 1 (real) and 0 (fake). */
    LEAST_SQUARES("Least squares"),
    /** Lim and Ye 2017, Miyato et al. 2018: D minimises relu(1 - D(x)) + relu(1 + D(G(z))). */
    HINGE("Hinge");

    private final String label;

    LossKind(String label) {
        this.label = label;
    }

    /** The name people use, shown in the editor's drop-downs. */
    @Override
    public String label() {
        return label;
    }

    /** True when D's output is a logit read through a sigmoid (so D(x) is a probability). */
    public boolean usesSigmoid() {
        return this == MINIMAX || this == NON_SATURATING;
    }
}
