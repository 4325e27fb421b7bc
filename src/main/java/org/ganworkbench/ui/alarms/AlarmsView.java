package org.ganworkbench.ui.alarms;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.engine.alarms.Alarm;
import org.ganworkbench.engine.alarms.AlarmKind;

/**
 * The alarms under the notice bar: one line each, naming the failure with its numbers, and the
 * remedy as a button. Hidden while nothing is wrong. A line stays the same node while its alarm is
 * up (only its numbers change), so the button does not move under the pointer.
 */
public final class AlarmsView extends VBox {

    private final AlarmsViewModel vm;
    private final Map<AlarmKind, Row> rows = new EnumMap<>(AlarmKind.class);

    public AlarmsView(AlarmsViewModel vm) {
        this.vm = vm;
        setId("alarms");
        getStyleClass().add("alarms");
        setSpacing(2);
        managedProperty().bind(visibleProperty());
        vm.alarms().addListener((ListChangeListener<Alarm>) change -> show());
        show();
    }

    private void show() {
        rows.keySet().removeIf(kind -> vm.alarms().stream().noneMatch(a -> a.kind() == kind));
        getChildren().clear();
        for (Alarm a : vm.alarms()) {
            Row row = rows.computeIfAbsent(a.kind(), k -> new Row());
            row.show(a);
            getChildren().add(row.box);
        }
        setVisible(!vm.alarms().isEmpty());
    }

    /** One alarm's line; its alarm is replaced as the numbers change. */
    private final class Row {
        final Label title = new Label();
        final Label evidence = new Label();
        final Button remedy = new Button();
        final Button close = new Button("\u2715");
        final HBox box = new HBox(10, title, evidence, remedy, close);
        Alarm alarm;

        Row() {
            title.getStyleClass().add("alarm-title");
            title.setMinWidth(Label.USE_PREF_SIZE);
            evidence.getStyleClass().add("alarm-evidence");
            evidence.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(evidence, Priority.ALWAYS);
            remedy.getStyleClass().add("alarm-remedy");
            remedy.setMinWidth(Button.USE_PREF_SIZE);
            remedy.setFocusTraversable(false);
            remedy.setOnAction(e -> vm.applyRemedy(alarm));
            close.getStyleClass().add("notice-close");
            close.setFocusTraversable(false);
            close.setOnAction(e -> vm.dismiss(alarm));
            box.getStyleClass().add("alarm-row");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        void show(Alarm a) {
            alarm = a;
            title.setText("\u26A0 " + a.kind().title());
            if (a.evidence().equals(evidence.getText()) && a.remedy().label().equals(remedy.getText())) return;
            evidence.setText(a.evidence());
            evidence.setTooltip(new Tooltip(a.evidence()));
            remedy.setText(a.remedy().label());
            remedy.setId("remedy-" + a.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            remedy.setTooltip(new Tooltip("Sets the live knob" + (a.remedy().changes().size() > 1 ? "s" : "")
                    + " now; each change is marked on the charts." + (a.remedy().resume() ? " Then training resumes." : "")));
        }
    }
}
