package org.ganworkbench.ui.style;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ganworkbench.engine.style.StyleField;
import org.ganworkbench.engine.style.StyleFields;
import org.ganworkbench.engine.style.StyleKnobs;

/** The live knobs panel: the weights, the learning rate, the content layer and the style layers. */
final class StyleKnobsView extends VBox {

    private final StyleKnobsViewModel vm;
    private final ComboBox<String> contentLayer = new ComboBox<>();
    private final FlowPane styleLayers = new FlowPane(8, 4);
    private boolean syncing;

    StyleKnobsView(StyleKnobsViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("live-knobs", "panel");
        setSpacing(4);
        Label title = new Label("Live knobs");
        title.getStyleClass().add("panel-title");
        Label hint = new Label("Change them while it runs: each change applies at the next iteration and is marked on the charts.");
        hint.getStyleClass().add("caption");
        hint.setWrapText(true);
        getChildren().addAll(title, hint);
        for (StyleKnobViewModel k : vm.numbers()) getChildren().add(new StyleKnobView(k));

        contentLayer.setId("style-content-layer");
        contentLayer.setMaxWidth(Double.MAX_VALUE);
        contentLayer.setOnAction(e -> {
            if (!syncing) vm.setContentLayer(contentLayer.getValue());
        });
        getChildren().addAll(label(StyleFields.CONTENT_LAYER), contentLayer, label(StyleFields.STYLE_LAYERS), styleLayers);
        styleLayers.setId("style-layers");
        vm.layersProperty().addListener((obs, o, n) -> rebuild(n));
        vm.knobsProperty().addListener((obs, o, n) -> show(n));
        rebuild(vm.layersProperty().get());
    }

    private static Label label(StyleField f) {
        Label l = new Label(f.label());
        l.getStyleClass().add("field-label");
        Tooltip tip = new Tooltip(f.description());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        l.setTooltip(tip);
        return l;
    }

    private void rebuild(List<String> layers) {
        syncing = true;
        try {
            contentLayer.getItems().setAll(layers);
            styleLayers.getChildren().clear();
            for (String layer : layers) {
                CheckBox box = new CheckBox(layer);
                box.setId("style-layer-" + layer);
                box.selectedProperty().addListener((obs, was, on) -> {
                    if (!syncing) vm.setStyleLayer(layer, on);
                });
                styleLayers.getChildren().add(box);
            }
        } finally {
            syncing = false;
        }
        show(vm.current());
    }

    private void show(StyleKnobs k) {
        syncing = true;
        try {
            contentLayer.setValue(k.contentLayer());
            styleLayers.getChildren().forEach(n -> ((CheckBox) n).setSelected(k.styleLayers().contains(((CheckBox) n).getText())));
        } finally {
            syncing = false;
        }
    }
}
