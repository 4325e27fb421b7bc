package org.ganworkbench.ui.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long the window took to appear, counted from the JVM's start (the moment the user
 * launched the app), so that start-up can be measured from a log line:
 * {@code startup: window shown 1234 ms after the JVM started}. One line per milestone, once.
 */
final class StartupTiming {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTiming.class);

    private StartupTiming() {
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static void log(String milestone) {
        LOG.info(String.format(Locale.ROOT, "startup: %s %d ms after the JVM started", milestone, sinceJvmStart()));
    }
}
