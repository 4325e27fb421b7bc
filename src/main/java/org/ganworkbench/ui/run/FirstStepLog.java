package org.ganworkbench.ui.run;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long a fresh run took from Start to its first step on screen (preparing the data and
 * networks, loading ND4J if it had not finished loading yet, the step itself, and the wait for the
 * next UI update): {@code startup: first step shown 1234 ms after Start}.
 */
final class FirstStepLog {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStepLog.class);

    private FirstStepLog() {
    }

    static void shown(long nanosSinceStart) {
        LOG.info(String.format(Locale.ROOT, "startup: first step shown %d ms after Start", nanosSinceStart / 1_000_000));
    }
}
