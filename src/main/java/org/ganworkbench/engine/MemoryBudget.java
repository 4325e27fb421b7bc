package org.ganworkbench.engine;

import java.util.Locale;
import org.bytedeco.javacpp.Pointer;

/**
 * How much memory a reader or a network builder may still take, on the Java heap and in ND4J's
 * native (off-heap) memory, so that a file or a config asking for too much is refused with a
 * message <em>before</em> the allocation. The allocation itself would end in an OutOfMemoryError
 * at best, and at worst in libnd4j aborting the whole JVM (SIGABRT/SIGSEGV, measured here with a
 * one-image 32768x32768 IDX file feeding an MLP), which loses the teacher's run.
 *
 * <p>The budget is a share of what is free now, not of the maximum: what other runs and the
 * window already hold is not available.
 */
public final class MemoryBudget {

    /** The share of the free memory one request may take; the rest is headroom for the step's temporaries. */
    static final double SHARE = 0.8;

    private MemoryBudget() {
    }

    /** Bytes the Java heap can still grow into. */
    public static long heapAvailable() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** Bytes ND4J may still allocate off-heap: its own limit, and what the machine has free. */
    public static long nativeAvailable() {
        long limit = Pointer.maxBytes() > 0 ? Pointer.maxBytes() - Pointer.totalBytes() : Long.MAX_VALUE;
        long physical = Pointer.availablePhysicalBytes();
        return Math.max(0, physical > 0 ? Math.min(limit, physical) : limit);
    }

    /** Refuses {@code bytes} on the heap for {@code what} (e.g. "the pixels of /data/x.idx") when they do not fit. */
    public static void requireHeap(long bytes, String what) {
        long room = (long) (heapAvailable() * SHARE);
        if (bytes > room) {
            throw new WorkbenchException(capitalised(what) + " would need " + mib(bytes) + " of Java heap, but only "
                    + mib(room) + " is available: use a smaller dataset (fewer or smaller images), or start Java with "
                    + "a larger -Xmx.");
        }
    }

    /** Refuses {@code bytes} of ND4J native memory for {@code what} when they do not fit. */
    public static void requireNative(long bytes, String what) {
        long room = (long) (nativeAvailable() * SHARE);
        if (bytes > room) {
            throw new WorkbenchException(capitalised(what) + " would need about " + mib(bytes) + " of native memory, "
                    + "but only " + mib(room) + " is available: choose smaller layers, a smaller batch or smaller images.");
        }
    }

    /** A size for people: "1,024 MiB". */
    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", Math.max(bytes, 0) >> 20);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
