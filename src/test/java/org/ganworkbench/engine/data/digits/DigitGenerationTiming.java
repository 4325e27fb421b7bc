package org.ganworkbench.engine.data.digits;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * How long the default 20,000 digits take: the first call in a fresh JVM (what the app pays when a
 * teacher opens it) and a few warm calls. Not a test (timings on a shared machine are no verdict); run
 * {@code java -cp target/classes:target/test-classes org.ganworkbench.engine.data.digits.DigitGenerationTiming}.
 */
public final class DigitGenerationTiming {

    private DigitGenerationTiming() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%d digits on %d processors%n", count, Runtime.getRuntime().availableProcessors());
        for (int run = 0; run < 6; run++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            ProceduralDigits.generate(count, run);
            System.out.printf(Locale.ROOT, "%s: %4.0f ms wall, %4.0f ms CPU%n", run == 0 ? "first" : "again",
                    (System.nanoTime() - wall) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6);
        }
    }
}
