package org.ganworkbench.ui.run;

import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;

/**
 * The window's speed measurement without the window: trains a preset to a step and prints the same
 * line the app logs with {@code --autostart --preset NAME --steps N}, for a side-by-side comparison.
 *
 * <pre>java -cp target/classes:target/test-classes:target/lib/* org.ganworkbench.ui.run.HeadlessSpeed digits-mlp 600</pre>
 */
public final class HeadlessSpeed {

    private HeadlessSpeed() {
    }

    public static void main(String[] args) throws Exception {
        String preset = args.length > 0 ? args[0] : Presets.DEFAULT;
        long steps = args.length > 1 ? Long.parseLong(args[1]) : 500;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(Presets.get(preset).config()))) {
            SpeedReport report = SpeedReport.attach(run, steps);
            String line;
            while ((line = report.poll()) == null) Thread.sleep(50);
            System.out.println("headless " + preset + ": " + line);
        }
    }
}
