package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/** Measures the heap a piece of code allocates, to prove that hostile input cannot make us reserve much. */
public final class Allocations {

    private Allocations() {
    }

    /** Bytes allocated on this thread while {@code action} runs (skips the test where the JVM cannot tell). */
    public static long during(Runnable action) {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "JVM cannot measure allocations");
        var hotspot = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(hotspot.isThreadAllocatedMemorySupported() && hotspot.isThreadAllocatedMemoryEnabled(),
                "JVM cannot measure allocations");
        long before = hotspot.getCurrentThreadAllocatedBytes();
        action.run();
        return hotspot.getCurrentThreadAllocatedBytes() - before;
    }
}
