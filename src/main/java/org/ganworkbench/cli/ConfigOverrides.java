package org.ganworkbench.cli;

import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.TrainingControls;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One {@code --key VALUE} option per hyperparameter, generated from {@link ConfigFields}, so
 * {@code train --help} shows the same descriptions as the app's tooltips and can never drift.
 */
public final class ConfigOverrides implements CommandLine.IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (ConfigField f : ConfigFields.ALL) {
            String allowed = " (" + f.allowed() + (f.live() ? "; live" : "") + ")";
            OptionSpec.Builder option = OptionSpec.builder("--" + f.key())
                    .paramLabel(f.kind() == ConfigField.Kind.ENUM ? "CHOICE" : "VALUE")
                    .description(f.description() + allowed)
                    .type(String.class);
            if (f.kind() == ConfigField.Kind.BOOL) {
                option.arity("0..1").fallbackValue("true"); // a bare --conditional switches it on
            }
            spec.addOption(option.build());
        }
        return spec;
    }

    /** The base config with every hyperparameter option given on the command line applied. */
    static GanConfig apply(CommandSpec spec, GanConfig base) {
        GanConfig config = base;
        for (ConfigField f : ConfigFields.ALL) {
            OptionSpec option = spec.findOption("--" + f.key());
            String text = option == null ? null : option.getValue();
            if (text == null) continue;
            try {
                config = f.write(config, f.parse(text));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
        }
        return config;
    }

    /**
     * A resumed run: each hyperparameter option given is a live knob turned at the step the run
     * resumes from (an intervention, marked on the charts as in the app); an option that cannot
     * change during a run is refused, saying so, rather than ignored.
     */
    static void applyLive(CommandSpec spec, TrainingControls controls) {
        for (ConfigField f : ConfigFields.ALL) {
            OptionSpec option = spec.findOption("--" + f.key());
            String text = option == null ? null : option.getValue();
            if (text == null) continue;
            if (!f.live()) {
                String live = String.join(", ", ConfigFields.ALL.stream().filter(ConfigField::live).map(l -> "--" + l.key()).toList());
                throw new UserInputException("--" + f.key() + " cannot change when resuming a run; only the live knobs can ("
                        + live + "). Start a new run with it instead.");
            }
            try {
                controls.set(f, f.parse(text));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--" + f.key() + ": " + e.getMessage());
            }
        }
    }
}
