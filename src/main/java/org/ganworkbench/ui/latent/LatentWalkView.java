package org.ganworkbench.ui.latent;

import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The looping random walk, its speed, and GIF export. */
final class LatentWalkView extends VBox {

    private final AnimationTimer timer;

    LatentWalkView(LatentWalkViewModel vm) {
        super(8);
        setId("latent-walk-view");
        getStyleClass().add("latent-pane");
        setPadding(new javafx.geometry.Insets(8));
        Button play = new Button();
        play.setId("walk-play");
        play.textProperty().bind(vm.playingProperty().map(p -> p ? "Pause" : "Play"));
        play.setOnAction(e -> vm.togglePlaying());
        Button next = new Button("New walk");
        next.setId("walk-new");
        next.setOnAction(e -> vm.newWalk());
        Slider speed = new Slider(1, 30, vm.framesPerSecondProperty().get());
        speed.setId("walk-speed");
        speed.valueProperty().bindBidirectional(vm.framesPerSecondProperty());
        Label fps = new Label();
        fps.textProperty().bind(speed.valueProperty().map(v -> String.format(java.util.Locale.ROOT, "%.0f frames/s", v.doubleValue())));
        Button gif = new Button("Export GIF...");
        gif.setId("walk-export-gif");
        gif.disableProperty().bind(vm.frameProperty().isNull());
        gif.setOnAction(e -> FileChoosers.save(this, "Export the walk", "latent-walk.gif").ifPresent(vm::exportGif));
        HBox controls = new HBox(6, play, next, new Label("Speed"), speed, fps, gif);
        controls.setAlignment(Pos.CENTER_LEFT);
        PixelView frame = new PixelView("walk-frame", "Press Play: a smooth loop through random points of the latent space.", 10);
        vm.frameProperty().addListener((obs, o, n) -> frame.show(n));
        VBox.setVgrow(frame, Priority.ALWAYS);
        getChildren().addAll(controls, frame);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.tick(now);
            }
        };
        // a running AnimationTimer makes JavaFX pulse every frame: only while the walk plays
        vm.playingProperty().addListener((obs, was, playing) -> {
            if (playing) timer.start();
            else timer.stop();
        });
        if (vm.playingProperty().get()) timer.start();
    }
}
