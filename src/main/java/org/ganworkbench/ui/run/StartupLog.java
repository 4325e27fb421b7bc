package org.ganworkbench.ui.run;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up milestones in the log, so that start-up can be measured from the log alone
 * (docs/performance.md): the window and ND4J counted from the user's launch (the first JVM's start),
 * e.g. {@code startup: window shown 1234 ms after launch (process CPU 900 ms)}; a fresh run's
 * first samples and first step counted from Start: {@code startup: first step shown 1234 ms after Start}.
 */
public final class StartupLog {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private StartupLog() {
    }

    /** Logs that {@code milestone} was reached, in milliseconds since the user launched the app. */
    public static void sinceJvmStart(String milestone) {
        long ms = System.currentTimeMillis() - launchedAt();
        LOG.info(String.format(Locale.ROOT, "startup: %s %d ms after launch (process CPU %d ms)", milestone,
                ms, processCpuMillis()));
    }

    /**
     * When the user launched the app: the first JVM's start where the window runs in a second one
     * (org.ganworkbench.FastStart passes it on), else this JVM's.
     */
    static long launchedAt() {
        return Long.getLong("ganworkbench.launchedAt", ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /**
     * The CPU time all of the app's threads have used so far. On a machine whose other cores are
     * taken, every thread of the app shares one core, so this is what the wall time comes to there;
     * it is also what a measurement on a machine shared with other work can still compare.
     */
    static long processCpuMillis() {
        try {
            var os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean unix) return unix.getProcessCpuTime() / 1_000_000;
        } catch (LinkageError runtimeWithoutJdkManagement) {
            // a trimmed runtime may lack the jdk.management module: the milestone's time is still logged
        }
        return -1;
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
