package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.io.HostileZips;
import org.ganworkbench.engine.train.CheckpointMark;
import org.ganworkbench.engine.train.CheckpointPolicy;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints spilled into a session come back exactly; crafted ones are refused with a clear message. */
class SessionCheckpointsTest {

    @TempDir
    static Path dir;
    static Path saved;
    /** Losses of steps 16-30 of the run that was saved, and its D parameters at step 30. */
    static double[] losses;
    static float[] dParams;

    @BeforeAll
    static void trainAndSave() {
        saved = dir.resolve("with-checkpoints.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.setCheckpointPolicy(new CheckpointPolicy(10, 64 * CheckpointPolicy.MIB));
            run.ready().join();
            run.trainUntil(15).join();
            run.controls().set(ConfigFields.LR_D, 2e-3);
            run.trainUntil(30).join();
            losses = RunLosses.from(run, 15);
            dParams = run.submit(c -> c.model().discriminator().params().dup().toFloatVector()).join();
            SessionFiles.saveWithCheckpoints(run, saved).join();
        }
    }

    @Test
    void aSavedCheckpointResumesExactlyAsTheRunWentOnFromIt() {
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(saved, w -> { }))) {
            run.ready().join();
            assertEquals(4, SessionFiles.loadCheckpoints(run, saved).join());
            assertEquals(List.of(0L, 10L, 15L, 20L), run.checkpoints().marks().stream().map(CheckpointMark::step).toList());
            run.rewindToStep(10).join();
            assertEquals(10, run.history().size());
            assertEquals(1e-3, run.controls().current().optimizerD().learningRate(), "the setting at step 10");
            Intervention change = run.controls().interventions().get(0);
            assertTrue(change.abandoned(), "the change at step 15 is now in the abandoned future");
        }
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(saved, w -> { }))) {
            run.ready().join();
            SessionFiles.loadCheckpoints(run, saved).join();
            run.rewindToStep(15).join(); // the checkpoint before the change: the old rate
            assertEquals(1e-3, run.controls().current().optimizerD().learningRate());
            run.controls().set(ConfigFields.LR_D, 2e-3);
            run.trainUntil(30).join();
            assertArrayEquals(losses, RunLosses.from(run, 15), 0.0, "steps 16-30 again, bit for bit");
            assertArrayEquals(dParams, run.submit(c -> c.model().discriminator().params().dup().toFloatVector()).join());
        }
    }

    @Test
    void aSessionSavedWithoutCheckpointsHasNoneAndOpensAsBefore() throws Exception {
        Path plain = dir.resolve("plain.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(saved, w -> { }))) {
            run.ready().join();
            SessionFiles.save(run, plain).join();
        }
        assertFalse(HostileZips.entries(plain).containsKey(SessionEntries.CHECKPOINTS));
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(plain, w -> { }))) {
            run.ready().join();
            assertEquals(0, SessionFiles.loadCheckpoints(run, plain).join());
            assertEquals(30, run.latest().step());
        }
    }

    @Test
    void aParentThatIsNotInTheFileIsRefused() throws Exception {
        assertRefused("wrong-parent.gwb", list -> ((ObjectNode) list.get(2)).put("parent", 99),
                "names checkpoint 99 as its parent, which is not in the file");
    }

    @Test
    void parentsInACycleAreRefused() throws Exception {
        assertRefused("cycle.gwb", list -> {
            long second = list.get(1).get("id").asLong();
            long third = list.get(2).get("id").asLong();
            ((ObjectNode) list.get(1)).put("parent", third);
            ((ObjectNode) list.get(2)).put("parent", second);
        }, "parents form a cycle");
    }

    @Test
    void missingCheckpointArraysAreRefused() throws Exception {
        Map<String, byte[]> entries = HostileZips.entries(saved);
        entries.remove(SessionEntries.CHECKPOINT_ARRAYS);
        Path file = Files.write(dir.resolve("no-arrays.gwb"), HostileZips.zip(entries));
        assertLoadCheckpointsFails(file, "their arrays (checkpoints.npy) are missing");
    }

    @Test
    void aCheckpointPastTheSessionsOwnStepIsRefused() throws Exception {
        assertRefused("future.gwb", list -> {
            ObjectNode last = (ObjectNode) list.get(3);
            last.put("step", 31);
            ((ObjectNode) last.get("counters")).put("step", 31);
        }, "impossible counters");
    }

    private static void assertRefused(String name, Consumer<ArrayNode> edit, String mustMention) throws Exception {
        Map<String, byte[]> entries = HostileZips.entries(saved);
        JsonNode json = ConfigJson.mapper().readTree(entries.get(SessionEntries.CHECKPOINTS));
        edit.accept((ArrayNode) json.get("checkpoints"));
        entries.put(SessionEntries.CHECKPOINTS, ConfigJson.mapper().writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
        assertLoadCheckpointsFails(Files.write(dir.resolve(name), HostileZips.zip(entries)), mustMention);
    }

    private static void assertLoadCheckpointsFails(Path file, String mustMention) {
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(file, w -> { }))) {
            run.ready().join();
            CompletionException e = assertThrows(CompletionException.class, () -> SessionFiles.loadCheckpoints(run, file).join());
            assertInstanceOf(SessionException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains(mustMention), e.getCause().getMessage());
            assertTrue(run.checkpoints().marks().isEmpty(), "the run keeps none of them");
            assertEquals(30, run.latest().step(), "and is unchanged");
        }
    }

}
