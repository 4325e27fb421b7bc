package org.ganworkbench.ui.training;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.data.Datasets;

/**
 * One row of the hyperparameter editor: the text as typed, and what is wrong with it. The label,
 * tooltip and allowed values all come from the engine's {@link ConfigField}, so the editor and
 * the CLI's {@code --help} describe a field in the same words.
 */
public final class FieldViewModel {

    private final ConfigField field;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanProperty relevant = new SimpleBooleanProperty(true);

    FieldViewModel(ConfigField field) {
        this.field = field;
    }

    public ConfigField field() {
        return field;
    }

    public String label() {
        return field.label();
    }

    /** The config table's description, plus the allowed values: the tooltip. */
    public String tooltip() {
        return tooltip(field);
    }

    static String tooltip(ConfigField field) {
        return field.description() + "\n\nAllowed: " + field.allowed() + "." + (field.live()
                ? "\nLive: can be changed while training." : "");
    }

    /**
     * Values to pick from: an enum's constants; for the dataset, the built-in ones, the real ones
     * known by name (MNIST, Fashion-MNIST, ...; one not on this machine is flagged with how to get it),
     * and the beginnings of the file addresses (folder:, idx:, npz:, cifar10:, csv:), to be completed
     * with a path; until it names something readable the field says what is missing.
     */
    public List<String> choices() {
        if (field == ConfigFields.DATASET) {
            List<String> ids = new java.util.ArrayList<>();
            Datasets.builtIn().forEach(d -> ids.add(d.id()));
            Datasets.real().forEach(d -> ids.add(d.id()));
            ids.addAll(ADDRESS_FORMS);
            return List.copyOf(ids);
        }
        return field.choices();
    }

    /** The file addresses a dataset may be given as, in the order a teacher most likely wants them. */
    static final List<String> ADDRESS_FORMS = List.of("folder:", "idx:", "npz:", "cifar10:", Datasets.CSV_PREFIX);

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** Why the value cannot be used (empty when it can); Start stays disabled while any field has one. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public String error() {
        return error.get();
    }

    /** Advice that does not block training, e.g. label smoothing with a loss that has no targets. */
    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }

    /** False when the chosen architecture or optimizer does not read this field (e.g. momentum for Adam). */
    public ReadOnlyBooleanProperty relevantProperty() {
        return relevant;
    }

    void setProblems(String error, String warning) {
        this.error.set(error);
        this.warning.set(warning);
    }

    void setRelevant(boolean value) {
        relevant.set(value);
    }
}
