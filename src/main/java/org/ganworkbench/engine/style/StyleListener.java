package org.ganworkbench.engine.style;

/** Receives a style transfer's snapshots on its engine thread: return quickly, never block. */
@FunctionalInterface
public interface StyleListener {
    void onSnapshot(StyleSnapshot snapshot);
}
