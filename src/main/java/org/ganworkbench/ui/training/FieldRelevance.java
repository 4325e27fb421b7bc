package org.ganworkbench.ui.training;

import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.OptimizerKind;

/**
 * Which fields the chosen architecture and optimizers actually read, so the editor can dim the
 * rest. The same rule the engine's validator uses to skip range checks of unused fields; the
 * field descriptions say it in words ("MLP only", "Adam only", "SGD only").
 */
final class FieldRelevance {

    private FieldRelevance() {
    }

    static boolean applies(ConfigField f, GanConfig c) {
        boolean mlp = c.model() == null || c.model().architecture() == Architecture.MLP;
        if (f == ConfigFields.G_HIDDEN || f == ConfigFields.D_HIDDEN || f == ConfigFields.ACTIVATION) return mlp;
        if (f == ConfigFields.WIDTH) return !mlp;
        if (c.optimizerG() != null) {
            boolean sgd = c.optimizerG().kind() == OptimizerKind.SGD;
            if (f == ConfigFields.BETA1_G || f == ConfigFields.BETA2_G) return !sgd;
            if (f == ConfigFields.MOMENTUM_G) return sgd;
        }
        if (c.optimizerD() != null) {
            boolean sgd = c.optimizerD().kind() == OptimizerKind.SGD;
            if (f == ConfigFields.BETA1_D || f == ConfigFields.BETA2_D) return !sgd;
            if (f == ConfigFields.MOMENTUM_D) return sgd;
        }
        return true;
    }
}
