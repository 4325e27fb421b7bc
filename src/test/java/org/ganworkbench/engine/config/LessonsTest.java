package org.ganworkbench.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonsTest {

    @Test
    void theLectureRunsInItsOrderAndEveryLessonOpensSomething() {
        List<String> names = Lessons.all().stream().map(Lesson::name).toList();
        assertEquals(List.of("what-a-gan-does", "mode-collapse", "d-wins", "vanishing-gradients", "non-convergence",
                "wasserstein", "conditional", "latent-space"), names);
        for (Lesson l : Lessons.all()) {
            assertTrue(l.preset() != null || l.trainedRun() != null, l.name() + " opens a preset or a trained run");
            assertFalse(l.pointAt().isBlank(), l.name() + " says what to point at");
            assertFalse(l.turn().isBlank(), l.name() + " says what to turn");
            if (l.knob() != null) {
                assertTrue(ConfigFields.byKey(l.knob()).orElseThrow().live(), l.name() + ": its knob turns live");
            }
        }
        assertEquals("mode-collapse", Lessons.next(Lessons.find("what-a-gan-does").orElseThrow()).orElseThrow().name());
        assertTrue(Lessons.next(Lessons.find("latent-space").orElseThrow()).isEmpty(), "the last lesson has no next");
    }
}
