package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.bytedeco.javacpp.Pointer;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.junit.jupiter.api.Test;

/**
 * Networks too large for this machine are refused with a message before a parameter is allocated:
 * {@code --g-hidden 8192,...} (8 layers) grew to 19 GB, and an MLP on 8192x8192 images aborted the
 * JVM inside libnd4j.
 */
class ModelMemoryTest {

    @Test
    void eightLayersOf8192AreRefusedBeforeAllocating() {
        GanConfig ring = TestConfigs.tinyRing();
        GanConfig huge = ring.withModel(ring.model().withGeneratorHidden(Collections.nCopies(8, 8192)));
        GanModel.create(ring, DataShape.POINTS_2D); // ND4J is up, so its counters mean something
        long before = Pointer.totalBytes();
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> GanModel.create(huge, DataShape.POINTS_2D));
        assertTrue(e.getMessage().contains("native memory") || e.getMessage().contains("Java heap"), e.getMessage());
        assertTrue(e.getMessage().contains("parameters"), e.getMessage());
        assertTrue(Pointer.totalBytes() - before < 64L << 20, "nothing large was allocated");
    }

    @Test
    void anMlpOnGiantImagesIsRefusedBeforeAnyLayerIsPlanned() {
        GanConfig ring = TestConfigs.tinyRing();
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> GanModel.create(ring, DataShape.image(1, 8192, 8192)));
        assertTrue(e.getMessage().contains("too large for a GAN here"), e.getMessage());
    }

    @Test
    void oneNetworkBeyondTheLargestJavaArrayIsRefused() {
        GanConfig ring = TestConfigs.tinyRing();
        // 2048x2048 images fit the example cap, but G's last layer would hold 65,536 x 4M weights
        GanConfig wide = ring.withModel(ring.model().withGeneratorHidden(java.util.List.of(65_536)));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> GanModel.create(wide, DataShape.image(1, 2048, 2048)));
        assertTrue(e.getMessage().contains("one network can have at most"), e.getMessage());
    }

    @Test
    void aPresetSizedPairFits() {
        ModelMemory m = ModelMemory.of(NetworkFactory.generatorPlan(TestConfigs.tinyRing(), DataShape.POINTS_2D, 0),
                NetworkFactory.discriminatorPlan(TestConfigs.tinyRing(), DataShape.POINTS_2D, 0), 64, DataShape.POINTS_2D);
        m.require();
        assertTrue(m.nativeBytes() < 64L << 20, "a toy pair needs little: " + m.nativeBytes());
    }
}
