package org.ganworkbench.ui.run;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.junit.jupiter.api.Test;

class SnapshotMailboxTest {

    @Test
    void keepsOnlyTheLatestAndHandsItOutOnce() {
        SnapshotMailbox box = new SnapshotMailbox();
        TrainingSnapshot first = TrainingSnapshot.status(RunState.RUNNING, 1, "");
        TrainingSnapshot second = TrainingSnapshot.status(RunState.RUNNING, 2, "");
        box.onSnapshot(first);
        box.onSnapshot(second);
        assertSame(second, box.poll());
        assertNull(box.poll(), "nothing new since the last poll");
    }
}
