package org.ganworkbench.engine.train;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;

/**
 * Where the process's memory is at one moment of a long run: what the operating system sees
 * (resident set), what JavaCPP has handed out and not yet freed (ND4J's off-heap arrays, shape
 * buffers, op arguments: freed when closed, or by a deallocator after the garbage collector has
 * found their Java object unreachable), and the Java heap. Printed by {@code bench --memory N}.
 *
 * @param step           timed steps done
 * @param rssMiB         resident set size (/proc/self/status VmRSS)
 * @param javacppMiB     {@link Pointer#totalBytes()}: native bytes JavaCPP allocated and still tracks
 * @param javacppCount   {@link Pointer#totalCount()}: how many such allocations
 * @param physicalMiB    {@link Pointer#physicalBytes()} (JavaCPP's own reading of the resident set)
 * @param heapUsedMiB    Java heap in use
 * @param heapCommittedMiB Java heap reserved from the operating system (resident once touched)
 * @param gcCount        garbage collections so far (all collectors)
 */
public record MemorySample(long step, double rssMiB, double javacppMiB, long javacppCount, double physicalMiB,
                           double heapUsedMiB, double heapCommittedMiB, long gcCount) {

    public static final String HEADER = "# memory: step rss_mib javacpp_mib javacpp_count physical_mib heap_used_mib heap_committed_mib gc_count";

    public static MemorySample now(long step) {
        Runtime rt = Runtime.getRuntime();
        long gcs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) gcs += Math.max(0, gc.getCollectionCount());
        return new MemorySample(step, currentRssMiB(), Pointer.totalBytes() / MIB, Pointer.totalCount(),
                Pointer.physicalBytes() / MIB, (rt.totalMemory() - rt.freeMemory()) / MIB, rt.totalMemory() / MIB, gcs);
    }

    public String line() {
        return String.format(Locale.ROOT, "MEMORY step=%d rss_mib=%.1f javacpp_mib=%.2f javacpp_count=%d physical_mib=%.1f "
                + "heap_used_mib=%.1f heap_committed_mib=%.1f gc_count=%d", step, rssMiB, javacppMiB, javacppCount, physicalMiB, heapUsedMiB,
                heapCommittedMiB, gcCount);
    }

    private static final double MIB = 1024.0 * 1024.0;

    /** Resident set size of this process in MiB, from /proc/self/status (0 where unavailable). */
    public static double currentRssMiB() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
