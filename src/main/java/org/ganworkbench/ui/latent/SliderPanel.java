package org.ganworkbench.ui.latent;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.ui.latent.LatentExplorerViewModel.SliderSet;

/** The slider set chooser, the sliders, and reset / randomize / copy z / paste z. */
final class SliderPanel extends VBox {

    private final GridPane rows = new GridPane();

    SliderPanel(LatentExplorerViewModel vm, Supplier<String> clipboardText, Consumer<String> copyToClipboard) {
        super(8);
        getStyleClass().add("latent-sliders");
        setPadding(new javafx.geometry.Insets(8));
        ToggleGroup group = new ToggleGroup();
        ToggleButton dims = toggle("Latent dimensions", "mode-dims", group,
                "Each slider sets one coordinate of z.");
        ToggleButton pcs = toggle("Principal directions", "mode-pca", group,
                "GANSpace: the directions G's early features vary most along, most variance first.");
        group.selectToggle(vm.sliderSetProperty().get() == SliderSet.PRINCIPAL ? pcs : dims);
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) group.selectToggle(o); // one is always chosen
            else vm.sliderSetProperty().set(n == pcs ? SliderSet.PRINCIPAL : SliderSet.DIMENSIONS);
        });

        TextField which = new TextField();
        which.setId("latent-dims");
        which.textProperty().bindBidirectional(vm.dimensionsProperty());
        which.setPrefColumnCount(8);
        which.setTooltip(new Tooltip("Which latent dimensions get sliders: e.g. 0-7 or 2, 5, 11 (at most 16)."));
        which.setOnAction(e -> vm.applyDimensions());
        Button apply = new Button("Show");
        apply.setMinWidth(Button.USE_PREF_SIZE);
        apply.setOnAction(e -> vm.applyDimensions());
        Label whichLabel = new Label("Dimensions");
        whichLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox dimsRow = new HBox(6, whichLabel, which, apply);
        dimsRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(which, Priority.ALWAYS);
        dimsRow.visibleProperty().bind(dims.selectedProperty());
        dimsRow.managedProperty().bind(dimsRow.visibleProperty());

        rows.setHgap(6);
        rows.setVgap(2);
        vm.sliders().addListener((ListChangeListener<LatentSlider>) c -> rebuild(vm));
        rebuild(vm);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button reset = button("Reset", "latent-reset", "Sliders back to where they started.", vm::reset);
        Button randomize = button("Randomize", "latent-randomize", "A new z from the prior.", vm::randomize);
        Button copy = button("Copy z", "latent-copy", "The current z as text, to paste elsewhere.", () -> {
            String text = vm.copyZ();
            if (text != null) copyToClipboard.accept(text);
        });
        Button paste = button("Paste z", "latent-paste", "Set z from numbers on the clipboard.",
                () -> vm.pasteZ(clipboardText.get()));
        // rows that wrap rather than cut their buttons' words in a narrow column (presenter type)
        FlowPane modes = new FlowPane(0, 4, dims, pcs);
        FlowPane actions = new FlowPane(6, 6, reset, randomize, copy, paste);
        getChildren().addAll(modes, dimsRow, scroll, actions);
    }

    private void rebuild(LatentExplorerViewModel vm) {
        rows.getChildren().clear();
        for (int i = 0; i < vm.sliders().size(); i++) {
            LatentSlider s = vm.sliders().get(i);
            Label caption = new Label(s.caption());
            caption.setMinWidth(64);
            Slider slider = new Slider(s.min(), s.max(), s.value().get());
            slider.setId("latent-slider-" + i);
            slider.valueProperty().bindBidirectional(s.value());
            slider.setFocusTraversable(true);
            GridPane.setHgrow(slider, Priority.ALWAYS);
            Label value = new Label();
            value.setMinWidth(44);
            value.textProperty().bind(s.value().map(v -> String.format(Locale.ROOT, "%+.2f", v.doubleValue())));
            rows.addRow(i, caption, slider, value);
        }
        if (vm.sliders().isEmpty()) rows.addRow(0, new Label("Sliders appear when a generator is loaded."));
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
