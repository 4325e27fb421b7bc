package org.ganworkbench.engine.data.catalog;

import java.util.Locale;
import org.ganworkbench.engine.data.ImageDataset;

/**
 * How long the known datasets found on this machine take to load, cold and warm, and how much heap
 * they hold. Not a test (timings on a shared machine are no verdict); run
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ganworkbench.engine.data.catalog.RealDatasetLoadTiming}.
 */
public final class RealDatasetLoadTiming {

    private RealDatasetLoadTiming() {
    }

    public static void main(String[] args) {
        DataLocations at = DataLocations.forThisMachine();
        for (KnownDataset k : KnownDataset.values()) {
            var found = KnownLocations.found(k, at);
            if (found.isEmpty()) {
                System.out.printf(Locale.ROOT, "%-14s not on this machine%n", k.id());
                continue;
            }
            for (int run = 0; run < 4; run++) {
                System.gc();
                long heapBefore = usedHeap();
                long t = System.nanoTime();
                ImageDataset d = RealDatasets.open(found.get(0));
                double ms = (System.nanoTime() - t) / 1e6;
                System.gc();
                long held = usedHeap() - heapBefore;
                System.out.printf(Locale.ROOT, "%-14s %s: %6.0f ms, %,d examples, heap held %,d bytes (pixels %,d)  [%s]%n",
                        k.id(), run == 0 ? "cold" : "warm", ms, d.size(), held, (long) d.size() * d.shape().size(),
                        found.get(0).origin());
            }
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
