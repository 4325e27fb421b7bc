package org.ganworkbench.cli;

import java.util.List;
import org.ganworkbench.engine.style.StyleField;
import org.ganworkbench.engine.style.StyleFields;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code style} command's settings as {@code --key VALUE} options generated from
 * {@link StyleFields}, so {@code style --help} shows the descriptions the app's tooltips show.
 */
public final class StyleOptions implements CommandLine.IModelTransformer {

    static final List<StyleField> FIELDS = List.of(StyleFields.NETWORK, StyleFields.SIZE, StyleFields.ITERATIONS,
            StyleFields.START, StyleFields.CONTENT_WEIGHT, StyleFields.STYLE_WEIGHT, StyleFields.VARIATION_WEIGHT,
            StyleFields.LEARNING_RATE, StyleFields.CONTENT_LAYER, StyleFields.STYLE_LAYERS);

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (StyleField f : FIELDS) {
            String range = f.max() > f.min() ? " (" + f.allowed() + ")" : "";
            spec.addOption(OptionSpec.builder("--" + f.key()).paramLabel("VALUE").type(String.class)
                    .description(f.description() + range).build());
        }
        return spec;
    }

    /** The text given for a field, or null. */
    static String given(CommandSpec spec, StyleField f) {
        OptionSpec o = spec.findOption("--" + f.key());
        return o == null ? null : o.getValue();
    }

    /** A number field's value: given (checked against its range) or the default. */
    static double number(CommandSpec spec, StyleField f, double fallback) {
        String text = given(spec, f);
        if (text == null) return fallback;
        try {
            return f.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
