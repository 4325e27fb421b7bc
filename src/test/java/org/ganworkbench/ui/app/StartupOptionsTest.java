package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void readsTheGuiOptions() {
        StartupOptions o = StartupOptions.parse(List.of("--autostart", "--preset", "ring-vanilla", "--steps", "500",
                "--presenter", "--session", "runs/a.gwb"));
        assertTrue(o.autostart());
        assertTrue(o.presenter());
        assertEquals("ring-vanilla", o.preset());
        assertEquals(500, o.steps());
        assertEquals(Path.of("runs/a.gwb"), o.session());
        assertTrue(o.problems().isEmpty());
    }

    @Test
    void badOptionsAreReportedNotFatal() {
        StartupOptions o = StartupOptions.parse(List.of("--preset", "--steps", "many", "--frobnicate"));
        assertEquals(null, o.preset());
        assertEquals(0, o.steps());
        assertEquals(3, o.problems().size(), o.problems().toString());
    }
}
