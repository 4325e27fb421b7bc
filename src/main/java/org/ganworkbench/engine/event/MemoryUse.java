package org.ganworkbench.engine.event;

/**
 * How much memory the process uses, for a status bar: the Java heap, and the whole process's
 * resident memory, which includes ND4J's arrays and natives outside the heap (a heap figure alone
 * would hide them).
 *
 * @param heapUsed     bytes of Java heap in use
 * @param heapMax      the heap's limit (-Xmx)
 * @param processBytes resident memory of the process, or -1 before ND4J (and so JavaCPP) has loaded
 */
public record MemoryUse(long heapUsed, long heapMax, long processBytes) {

    /**
     * Measures now; cheap enough for a once-a-second refresh. Pass {@code ndLoaded = false} before
     * ND4J has started, so that this never is what loads JavaCPP's natives.
     */
    public static MemoryUse now(boolean ndLoaded) {
        Runtime rt = Runtime.getRuntime();
        long process = -1;
        if (ndLoaded) {
            try {
                process = org.bytedeco.javacpp.Pointer.physicalBytes();
            } catch (LinkageError | RuntimeException e) {
                process = -1;
            }
        }
        return new MemoryUse(rt.totalMemory() - rt.freeMemory(), rt.maxMemory(), process);
    }
}
