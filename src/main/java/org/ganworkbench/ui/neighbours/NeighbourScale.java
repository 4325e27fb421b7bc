package org.ganworkbench.ui.neighbours;

import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.judge.NearestNeighbours;

/** What "near" means in pixels for a dataset, cached per dataset. */
final class NeighbourScale {

    private static String fingerprint;
    private static double typical;

    private NeighbourScale() {
    }

    static synchronized double typicalDistance(Dataset data) {
        if (!data.fingerprint().equals(fingerprint)) {
            typical = NearestNeighbours.typicalDistance(data);
            fingerprint = data.fingerprint();
        }
        return typical;
    }
}
