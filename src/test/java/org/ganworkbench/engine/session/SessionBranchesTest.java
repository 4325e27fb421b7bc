package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.io.HostileZips;
import org.ganworkbench.engine.train.CheckpointPolicy;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session with two branches saves and reopens either; crafted branch lists are refused with what is wrong. */
class SessionBranchesTest {

    @TempDir
    static Path dir;
    static Path file;
    static float[] dParamsOfB;

    @BeforeAll
    static void saveTwoBranches() {
        file = dir.resolve("two.gwb");
        try (TrainingRun a = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            a.setCheckpointPolicy(new CheckpointPolicy(10, 64 * CheckpointPolicy.MIB));
            a.ready().join();
            a.trainUntil(20).join();
            try (TrainingRun b = a.branch(a.checkpoints().at(10).orElseThrow().id())) {
                b.ready().join();
                b.controls().set(ConfigFields.LR_D, 4e-3);
                b.trainUntil(25).join();
                dParamsOfB = b.submit(c -> c.model().discriminator().params().dup().toFloatVector()).join();
                SessionBranches.save(a, "A", List.of(new SessionBranches.Other("B", b, "A", 10,
                        b.controls().interventions().get(0).label())), file).join();
            }
        }
    }

    @Test
    void bothBranchesAreListedAndEitherOpens() {
        List<SessionBranch> branches = SessionBranches.list(file);
        assertEquals(List.of("A", "B"), branches.stream().map(SessionBranch::name).toList());
        assertNull(branches.get(0).parent());
        assertEquals(20, branches.get(0).step());
        SessionBranch b = branches.get(1);
        assertEquals("A", b.parent());
        assertEquals(10, b.forkStep());
        assertEquals(25, b.step());
        assertTrue(b.describe().contains("from A after step 10 (lr-d 0.001 \u2192 0.004)"), b.describe());

        try (TrainingRun opened = TrainingRun.prepare(() -> SessionBranches.load(file, "B", w -> { }))) {
            opened.ready().join();
            assertEquals(25, opened.latest().step());
            assertEquals(4e-3, opened.controls().current().optimizerD().learningRate());
            assertArrayEquals(dParamsOfB, opened.submit(c -> c.model().discriminator().params().dup().toFloatVector()).join());
        }
        try (TrainingRun opened = TrainingRun.prepare(() -> SessionFiles.load(file, w -> { }))) {
            assertEquals(20, opened.ready().thenApply(c -> c.counters().step()).join(), "as a plain session, it opens on A");
        }
        SessionException e = assertThrows(SessionException.class, () -> SessionBranches.load(file, "C", w -> { }));
        assertTrue(e.getMessage().contains("holds no branch named C; it holds A, B"), e.getMessage());
    }

    @Test
    void aParentTheSessionDoesNotHoldIsRefused() throws Exception {
        Path f = edited("wrong-parent.gwb", json -> json.replace("\"parent\" : \"A\"", "\"parent\" : \"Z\""));
        SessionException e = assertThrows(SessionException.class, () -> SessionBranches.list(f));
        assertTrue(e.getMessage().contains("branch B names Z as its parent, which the session does not hold"), e.getMessage());
    }

    @Test
    void parentsInACycleAreRefused() throws Exception {
        Path f = edited("cycle.gwb", json -> json.replace("\"parent\" : null", "\"parent\" : \"B\""));
        SessionException e = assertThrows(SessionException.class, () -> SessionBranches.load(f, "B", w -> { }));
        assertTrue(e.getMessage().contains("parents form a cycle"), e.getMessage());
    }

    @Test
    void aListedBranchWhoseSessionIsMissingIsRefused() throws Exception {
        Map<String, byte[]> entries = HostileZips.entries(file);
        entries.remove("branch-1.gwb");
        Path f = Files.write(dir.resolve("missing.gwb"), HostileZips.zip(entries));
        SessionException e = assertThrows(SessionException.class, () -> SessionBranches.list(f));
        assertTrue(e.getMessage().contains("branch B is listed but its session (branch-1.gwb) is missing"), e.getMessage());
    }

    private static Path edited(String name, UnaryOperator<String> edit) throws Exception {
        Map<String, byte[]> entries = HostileZips.entries(file);
        String json = new String(entries.get("branches.json"), StandardCharsets.UTF_8);
        String changed = edit.apply(json);
        assertTrue(!changed.equals(json), "the edit must change the list: " + json);
        entries.put("branches.json", changed.getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), HostileZips.zip(entries));
    }
}
