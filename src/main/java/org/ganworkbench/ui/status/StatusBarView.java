package org.ganworkbench.ui.status;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.geometry.Orientation;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.ganworkbench.ui.run.Notice;
import org.ganworkbench.ui.run.Notices;

/**
 * The bottom line: run status, the latest notice, a background job with its progress and a cancel
 * button, the compute backend and memory.
 */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel vm, Notices notices, ReadOnlyObjectProperty<Task<?>> job) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Label run = new Label();
        run.setId("status-run");
        run.textProperty().bind(vm.runStatusProperty());
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(Bindings.createStringBinding(
                () -> notices.latest() == null ? "" : notices.latest().text(), notices.latestProperty()));
        notices.latestProperty().addListener((obs, old, now) -> {
            notice.getStyleClass().removeAll("notice-info", "notice-warning", "notice-error");
            if (now != null) notice.getStyleClass().add(NoticeBar.styleOf(now.level()));
        });
        notice.setMinWidth(0);
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.setMaxWidth(Double.MAX_VALUE);

        Label jobTitle = new Label();
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(110);
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("small");
        HBox jobBox = new HBox(6, jobTitle, progress, cancel);
        jobBox.setAlignment(Pos.CENTER_LEFT);
        jobBox.visibleProperty().bind(job.isNotNull());
        jobBox.managedProperty().bind(jobBox.visibleProperty());
        job.addListener((obs, old, now) -> {
            jobTitle.textProperty().unbind();
            progress.progressProperty().unbind();
            if (now != null) {
                jobTitle.textProperty().bind(now.titleProperty());
                progress.progressProperty().bind(now.progressProperty());
                cancel.setOnAction(e -> now.cancel());
            }
        });

        Label backend = new Label();
        backend.setId("status-backend");
        backend.textProperty().bind(vm.backendProperty());
        Label memory = new Label();
        memory.setId("status-memory");
        memory.textProperty().bind(vm.memoryProperty());
        for (Label fixed : new Label[] {run, backend, memory}) fixed.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(run, separator(), notice, jobBox, separator(), backend, separator(), memory);
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    static boolean isProblem(Notice n) {
        return n != null && n.level() != Notice.Level.INFO;
    }
}
