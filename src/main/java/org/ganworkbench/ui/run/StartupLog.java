package org.ganworkbench.ui.run;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up milestones in the log, so that start-up can be measured from the log alone
 * (docs/performance.md): the window and ND4J counted from the JVM's start, which is when the user
 * launched the app, e.g. {@code startup: window shown 1234 ms after the JVM started}; a fresh run's
 * first samples and first step counted from Start: {@code startup: first step shown 1234 ms after Start}.
 */
public final class StartupLog {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private StartupLog() {
    }

    /** Logs that {@code milestone} was reached, in milliseconds since the JVM started. */
    public static void sinceJvmStart(String milestone) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info(String.format(Locale.ROOT, "startup: %s %d ms after the JVM started", milestone, ms));
    }

    /**
     * Logs a fresh run's milestone reaching the screen, counted from Start: preparing data and
     * networks (and ND4J, if it had not finished loading), rendering or training, and the wait for
     * the next UI update. E.g. {@code startup: first samples shown 1234 ms after Start}.
     */
    static void afterStart(String milestone, long nanosSinceStart) {
        LOG.info(String.format(Locale.ROOT, "startup: %s %d ms after Start", milestone, nanosSinceStart / 1_000_000));
    }
}
