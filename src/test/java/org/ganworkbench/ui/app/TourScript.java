package org.ganworkbench.ui.app;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** A screenshot tour's script: steps run in order on the FX thread's frame clock, each when its condition holds. */
final class TourScript {

    /** When {@code when} holds, do {@code then}. */
    record Step(BooleanSupplier when, Runnable then) {
    }

    private TourScript() {
    }

    /** Runs the steps in order, each waited for on the FX thread's frame clock. */
    static void run(Step... steps) {
        new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                while (next < steps.length && steps[next].when().getAsBoolean()) steps[next++].then().run();
                if (next == steps.length) stop();
            }
        }.start();
    }

    /** True from {@code seconds} after it is first asked. */
    static BooleanSupplier after(double seconds) {
        long[] deadline = {-1};
        return () -> {
            if (deadline[0] < 0) deadline[0] = System.nanoTime() + (long) (seconds * 1e9);
            return System.nanoTime() >= deadline[0];
        };
    }

    /** Writes the scene as it is on screen to {@code file} (PNG). */
    static void shoot(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            System.out.println("wrote " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
