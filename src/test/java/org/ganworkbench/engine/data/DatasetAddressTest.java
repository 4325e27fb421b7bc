package org.ganworkbench.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.ganworkbench.engine.config.DataShape;
import org.junit.jupiter.api.Test;

/** KIND:PATH[?key=value&...] ids. */
class DatasetAddressTest {

    @Test
    void parsesKindPathAndOptions() {
        DatasetAddress a = DatasetAddress.parse("folder:/data/cats?size=64&channels=1").orElseThrow();
        assertEquals("folder", a.kind());
        assertEquals(Path.of("/data/cats"), a.path());
        assertEquals(Map.of("size", "64", "channels", "1"), a.options());
        assertEquals(64, a.intOption("size", 32));
    }

    @Test
    void aQuestionMarkThatStartsNoOptionsBelongsToThePath() {
        assertEquals(Path.of("/data/what?.gz"), DatasetAddress.parse("idx:/data/what?.gz").orElseThrow().path());
    }

    @Test
    void homeIsExpanded() {
        assertEquals(Path.of(System.getProperty("user.home"), "data"), DatasetAddress.parse("idx:~/data").orElseThrow().path());
    }

    @Test
    void otherIdsAreNotAddresses() {
        assertTrue(DatasetAddress.parse("mnist").isEmpty());
        assertTrue(DatasetAddress.parse("csv:/x.csv").isEmpty());
    }

    @Test
    void mistakesAreExplained() {
        assertTrue(assertThrows(DatasetException.class, () -> DatasetAddress.parse("npz:/x.npz?size=3")).getMessage().contains("takes none"));
        assertTrue(assertThrows(DatasetException.class, () -> DatasetAddress.parse("folder:/x?size=3&size=4")).getMessage().contains("twice"));
        assertTrue(assertThrows(DatasetException.class, () -> DatasetAddress.parse("idx:")).getMessage().contains("idx:PATH"));
        DatasetAddress a = DatasetAddress.parse("idx:/x?transpose=maybe").orElseThrow();
        assertThrows(DatasetException.class, () -> a.booleanOption("transpose"));
        assertNull(DatasetAddress.parse("idx:/x").orElseThrow().booleanOption("transpose"));
    }

    @Test
    void knownDatasetsHaveAShapeWithoutFiles() {
        assertEquals(DataShape.image(1, 28, 28), Datasets.shapeOf("fashion-mnist"));
        assertEquals(DataShape.image(3, 32, 32), Datasets.shapeOf("cifar10"));
        assertEquals(DataShape.image(3, 32, 32), Datasets.shapeOf("cifar10:/nowhere"));
        String msg = assertThrows(DatasetException.class, () -> Datasets.shapeOf("imagenet")).getMessage();
        assertTrue(msg.contains("mnist, fashion-mnist, kmnist, cifar10") && msg.contains("folder:PATH"), msg);
    }
}
