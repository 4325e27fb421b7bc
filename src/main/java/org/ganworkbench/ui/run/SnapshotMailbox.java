package org.ganworkbench.ui.run;

import java.util.concurrent.atomic.AtomicReference;
import org.ganworkbench.engine.event.TrainingListener;
import org.ganworkbench.engine.event.TrainingSnapshot;

/**
 * The engine-to-UI channel: the engine thread drops every snapshot in, the FX thread takes the
 * latest out at its own pace. Older snapshots are simply overwritten (latest wins), so a fast run
 * never queues work for the UI and the engine never waits for it.
 */
public final class SnapshotMailbox implements TrainingListener {

    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>();

    @Override
    public void onSnapshot(TrainingSnapshot snapshot) {
        latest.set(snapshot);
    }

    /** The newest snapshot since the last call, or null when nothing new arrived. */
    public TrainingSnapshot poll() {
        return latest.getAndSet(null);
    }
}
