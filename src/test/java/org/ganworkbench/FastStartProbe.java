package org.ganworkbench;

/** The main class FastStartTest runs in a second JVM: says which JVM it is and exits. */
public final class FastStartProbe {

    private FastStartProbe() {
    }

    public static void main(String[] args) {
        System.out.println("probe ran, relaunched=" + System.getProperty(FastStart.CHILD_PROPERTY)
                + " launchedAt=" + System.getProperty(FastStart.LAUNCHED_AT_PROPERTY));
    }
}
