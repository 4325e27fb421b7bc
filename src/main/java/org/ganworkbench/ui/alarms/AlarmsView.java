package org.ganworkbench.ui.alarms;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.engine.alarms.Alarm;

/**
 * The alarms under the notice bar: one line each, naming the failure with its numbers, and the
 * remedy as a button. Hidden while nothing is wrong.
 */
public final class AlarmsView extends VBox {

    private final AlarmsViewModel vm;

    public AlarmsView(AlarmsViewModel vm) {
        this.vm = vm;
        setId("alarms");
        getStyleClass().add("alarms");
        setSpacing(2);
        managedProperty().bind(visibleProperty());
        vm.alarms().addListener((ListChangeListener<Alarm>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (Alarm a : vm.alarms()) getChildren().add(row(a));
        setVisible(!vm.alarms().isEmpty());
    }

    private HBox row(Alarm a) {
        Label title = new Label("\u26A0 " + a.kind().title());
        title.getStyleClass().add("alarm-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label evidence = new Label(a.evidence());
        evidence.getStyleClass().add("alarm-evidence");
        evidence.setMaxWidth(Double.MAX_VALUE);
        evidence.setTooltip(new Tooltip(a.evidence()));
        HBox.setHgrow(evidence, Priority.ALWAYS);
        Button remedy = new Button(a.remedy().label());
        remedy.setId("remedy-" + a.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        remedy.getStyleClass().add("alarm-remedy");
        remedy.setMinWidth(Button.USE_PREF_SIZE);
        remedy.setTooltip(new Tooltip("Sets the live knob" + (a.remedy().changes().size() > 1 ? "s" : "")
                + " now; each change is marked on the charts." + (a.remedy().resume() ? " Then training resumes." : "")));
        remedy.setOnAction(e -> vm.applyRemedy(a));
        remedy.setFocusTraversable(false);
        Button close = new Button("\u2715");
        close.getStyleClass().add("notice-close");
        close.setOnAction(e -> vm.dismiss(a));
        close.setFocusTraversable(false);
        HBox row = new HBox(10, title, evidence, remedy, close);
        row.getStyleClass().add("alarm-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
