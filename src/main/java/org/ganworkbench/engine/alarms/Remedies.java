package org.ganworkbench.engine.alarms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;

/** The knob changes the alarms offer, computed from the knobs in use. */
final class Remedies {

    private Remedies() {
    }

    /** D's rate down to G's (halved when it is not above G's), and a single D step per G step. */
    static Remedy slowerDiscriminator(GanConfig live) {
        double lrD = live.optimizerD().learningRate();
        double lrG = live.optimizerG().learningRate();
        double target = lrD > lrG ? lrG : lrD / 2;
        List<Remedy.Change> changes = new ArrayList<>();
        changes.add(new Remedy.Change(ConfigFields.LR_D, target));
        String label = String.format(Locale.ROOT, "D's learning rate %s \u2192 %s", rate(lrD), rate(target));
        if (live.tricks().dStepsPerGStep() > 1) {
            changes.add(new Remedy.Change(ConfigFields.D_STEPS, 1));
            label += ", 1 D step";
        }
        return new Remedy(label, changes, false);
    }

    static List<Remedy.Change> tenthOfBothRates(GanConfig live) {
        return List.of(new Remedy.Change(ConfigFields.LR_G, live.optimizerG().learningRate() / 10),
                new Remedy.Change(ConfigFields.LR_D, live.optimizerD().learningRate() / 10));
    }

    /** Unrolled D steps (Metz et al. 2017): G answers the D of a few updates ahead and stops chasing it from mode to mode. */
    static Remedy unrolled(GanConfig live) {
        int steps = Math.max(AlarmRules.COLLAPSE_UNROLL, live.tricks().unrollSteps());
        return new Remedy("Unrolled D steps " + steps, List.of(new Remedy.Change(ConfigFields.UNROLL, steps)), false);
    }

    private static String rate(double r) {
        return String.format(Locale.ROOT, "%.1e", r);
    }
}
