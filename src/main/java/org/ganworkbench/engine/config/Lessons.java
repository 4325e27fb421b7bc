package org.ganworkbench.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The lecture, in order: {@code assets/lessons/lessons.json} (inside the jar under
 * {@code /assets/lessons}). Every preset a lesson names must exist; a broken file is a build error
 * caught by the tests, not something a teacher meets in class.
 */
public final class Lessons {

    private static final String FILE = "/assets/lessons/lessons.json";
    private static volatile List<Lesson> all;

    private Lessons() {
    }

    public static List<Lesson> all() {
        List<Lesson> result = all;
        if (result == null) {
            result = load();
            all = result;
        }
        return result;
    }

    public static Optional<Lesson> find(String name) {
        return all().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The lesson after {@code lesson}, if any. */
    public static Optional<Lesson> next(Lesson lesson) {
        int i = all().indexOf(lesson);
        return i >= 0 && i + 1 < all().size() ? Optional.of(all().get(i + 1)) : Optional.empty();
    }

    private static List<Lesson> load() {
        try (InputStream in = Lessons.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException("missing built-in resource " + FILE);
            List<Lesson> lessons = ConfigJson.mapper().readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new TypeReference<List<Lesson>>() { });
            for (Lesson l : lessons) {
                if (l.preset() != null) Presets.get(l.preset());
                if (l.remedy() != null) Presets.get(l.remedy());
                if (l.knob() != null && ConfigFields.byKey(l.knob()).isEmpty()) {
                    throw new IllegalStateException("lesson " + l.name() + " names an unknown knob " + l.knob());
                }
            }
            return List.copyOf(lessons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the built-in lessons are broken: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
