package org.ganworkbench.ui.status;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import org.ganworkbench.ui.run.Notice;
import org.ganworkbench.ui.run.Notices;

/**
 * A bar across the top of the studio for warnings and errors (a NaN pause, a file that would not
 * open), so a problem is seen from the back of the room, not just in the status line, and for any
 * notice that offers something to do (train on past a lesson's end, take the preset's rates back).
 * It goes when dismissed, replaced or expired (see Notices); other information only goes to the
 * status bar.
 */
public final class NoticeBar extends HBox {

    public NoticeBar(Notices notices) {
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Label text = new Label();
        text.setId("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button act = new Button();
        act.setId("notice-action");
        act.setFocusTraversable(false);
        act.setMinWidth(Region.USE_PREF_SIZE); // the notice's text wraps; its one-click action keeps its words
        act.managedProperty().bind(act.visibleProperty());
        Button close = new Button("\u2715");
        close.getStyleClass().add("notice-close");
        close.setOnAction(e -> setVisible(false));
        getChildren().addAll(text, act, close);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        notices.latestProperty().addListener((obs, old, now) -> {
            boolean show = StatusBarView.isProblem(now) || now != null && now.hasAction();
            setVisible(show);
            if (!show) return;
            text.setText(now.text());
            act.setVisible(now.hasAction());
            if (now.hasAction()) {
                act.setText(now.actionText());
                act.setOnAction(e -> {
                    setVisible(false);
                    now.action().run();
                });
            }
            getStyleClass().removeAll("notice-warning", "notice-error");
            getStyleClass().add(styleOf(now.level()));
        });
    }

    static String styleOf(Notice.Level level) {
        return switch (level) {
            case INFO -> "notice-info";
            case WARNING -> "notice-warning";
            case ERROR -> "notice-error";
        };
    }
}
