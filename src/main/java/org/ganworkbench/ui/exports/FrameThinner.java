package org.ganworkbench.ui.exports;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps at most {@code capacity} evenly spaced items of an endless stream, plus always the newest:
 * when full, every second item goes and from then on only every second offer is kept, so the
 * frames cover the whole run at an even pace whatever its length, in bounded memory.
 */
public final class FrameThinner<T> {

    private final int capacity;
    private final List<T> kept = new ArrayList<>();
    private long offered;
    private long stride = 1;
    private T newest;

    public FrameThinner(int capacity) {
        if (capacity < 2) throw new IllegalArgumentException("capacity must be at least 2");
        this.capacity = capacity;
    }

    public void offer(T item) {
        newest = item;
        if (offered++ % stride != 0) return;
        kept.add(item);
        if (kept.size() > capacity) {
            for (int i = 1, j = 1; i < kept.size(); i++) {
                if (i % 2 == 0) kept.set(j++, kept.get(i));
            }
            int keep = (kept.size() + 1) / 2;
            kept.subList(keep, kept.size()).clear();
            stride *= 2;
        }
    }

    /** The kept items in order, ending with the newest item offered (at most capacity + 1). */
    public List<T> frames() {
        List<T> out = new ArrayList<>(kept);
        if (newest != null && (out.isEmpty() || out.get(out.size() - 1) != newest)) out.add(newest);
        return out;
    }

    public void clear() {
        kept.clear();
        offered = 0;
        stride = 1;
        newest = null;
    }

    /** Offers between two kept items. */
    public long stride() {
        return stride;
    }
}
