package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.GanConfig;

/**
 * How many native threads a model trains fastest with. Measured on 2 cores (docs/performance.md):
 * the MLP and 2D models spend their time in small matrix products where a second thread costs
 * more in synchronisation than it brings; convolutions have enough work to share.
 */
public final class ThreadPolicy {

    private ThreadPolicy() {
    }

    public static int threadsFor(GanConfig config) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (config.model().architecture() == Architecture.DCGAN) return cores;
        return 1;
    }
}
