package org.ganworkbench.engine.judge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The live judge keeps its cost within its share of the training time. */
class MeasurementBudgetTest {

    @Test
    void measuresAtOnceThenWaitsUntilTheTrainingTimeCoversTheCost() {
        MeasurementBudget b = new MeasurementBudget(0.1);
        assertTrue(b.allows(100), "the first chance measures");
        b.spent(1.0);
        assertFalse(b.allows(110), "1 s spent and 1 s next need 20 s of training at 10%");
        assertTrue(b.allows(120));
        b.spent(1.0);
        assertFalse(b.allows(129.9));
        assertTrue(b.allows(130));
    }

    @Test
    void overALongRunTheShareIsKept() {
        MeasurementBudget b = new MeasurementBudget(0.075);
        double training = 0;
        double measuring = 0;
        for (int render = 0; render < 10_000; render++) {
            training += 0.5;                       // 0.5 s of training between renderings
            if (b.allows(training)) {
                double cost = 0.2 + 0.3 * (render % 3); // 0.2-0.8 s per measurement
                b.spent(cost);
                measuring += cost;
            }
        }
        assertTrue(measuring <= 0.075 * training + 0.8, measuring + " s measuring for " + training + " s of training");
        assertTrue(measuring >= 0.05 * training, "and the budget is used: " + measuring);
    }
}
