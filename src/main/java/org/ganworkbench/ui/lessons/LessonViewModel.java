package org.ganworkbench.ui.lessons;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganworkbench.engine.config.Lesson;
import org.ganworkbench.engine.config.Lessons;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.config.Presets;

/**
 * What the banner over the studio says: the open preset's title and caption, and while a lesson is
 * on, what to point at and which knob to turn. A lesson stays on while its preset or its remedy is
 * open; choosing any other preset ends it.
 */
public final class LessonViewModel {

    private final ReadOnlyStringProperty presetName;
    private final ReadOnlyStringProperty presetTitle;
    private final ReadOnlyStringProperty caption;
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final BooleanProperty expanded = new SimpleBooleanProperty(true);
    private final StringBinding title;

    public LessonViewModel(ReadOnlyStringProperty presetName, ReadOnlyStringProperty presetTitle,
                           ReadOnlyStringProperty caption) {
        this.presetName = presetName;
        this.presetTitle = presetTitle;
        this.caption = caption;
        // another preset ends the lesson, and so does a session opened over it, unless the lesson is
        // about a trained run (which opens as a session)
        presetName.addListener((obs, old, now) -> {
            Lesson l = lesson.get();
            if (l == null || now.equals(l.preset()) || now.equals(l.remedy())) return;
            if (now.isEmpty() && l.trainedRun() != null) return;
            lesson.set(null);
        });
        title = Bindings.createStringBinding(() -> {
            Lesson l = lesson.get();
            if (l == null) return presetTitle.get();
            String step = "Lesson " + (lessons().indexOf(l) + 1) + " of " + lessons().size() + ": " + l.title();
            return showingRemedy() ? step + " \u2014 the remedy: " + presetTitle.get() : step;
        }, lesson, presetTitle, presetName);
    }

    public List<Lesson> lessons() {
        return Lessons.all();
    }

    /** Marks {@code value} as the lesson on (its preset is loaded by the caller); null ends it. */
    public void begin(Lesson value) {
        lesson.set(value);
        expanded.set(true);
    }

    public Optional<Lesson> next() {
        Lesson l = lesson.get();
        return l == null ? Optional.empty() : Lessons.next(l);
    }

    /** The remedy preset of the lesson on, unless it is already open. */
    public Optional<Preset> remedy() {
        Lesson l = lesson.get();
        if (l == null || l.remedy() == null || showingRemedy()) return Optional.empty();
        return Presets.find(l.remedy());
    }

    private boolean showingRemedy() {
        Lesson l = lesson.get();
        return l != null && l.remedy() != null && l.remedy().equals(presetName.get());
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson; }
    public Lesson lesson() { return lesson.get(); }
    public StringBinding titleProperty() { return title; }
    public ReadOnlyStringProperty captionProperty() { return caption; }
    /** False when the teacher folded the banner to its title line. */
    public BooleanProperty expandedProperty() { return expanded; }
}
