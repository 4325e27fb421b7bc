package org.ganworkbench.ui.style;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ganworkbench.engine.style.NetworkKind;
import org.ganworkbench.engine.style.StyleField;
import org.ganworkbench.engine.style.StyleFields;
import org.ganworkbench.engine.style.StyleSetup;
import org.ganworkbench.ui.latent.PixelView;

/** The two pictures with their previews, the size, the start and the network (with VGG16's download). */
final class StyleSetupView extends VBox {

    StyleSetupView(StyleSetupViewModel vm, Vgg16DownloadViewModel vgg, Supplier<StyleDialogs> dialogs) {
        getStyleClass().add("panel");
        setSpacing(6);
        Label title = new Label("Pictures and setup");
        title.getStyleClass().add("panel-title");
        Label locked = new Label("Reset to change these.");
        locked.getStyleClass().add("caption");
        locked.visibleProperty().bind(vm.lockedProperty());
        locked.managedProperty().bind(locked.visibleProperty());

        VBox pictures = new VBox(8,
                picture("Content", "style-content", vm.contentProperty(), vm.contents(), vm.contentPreviewProperty(),
                        () -> dialogs.get().openPicture("Open a content picture").ifPresent(p -> vm.open(p, true))),
                picture("Style", "style-style", vm.styleProperty(), vm.styles(), vm.stylePreviewProperty(),
                        () -> dialogs.get().openPicture("Open a style picture").ifPresent(p -> vm.open(p, false))));

        ComboBox<Integer> size = new ComboBox<>();
        size.setId("style-size");
        size.getItems().setAll(StyleSetupViewModel.SIZES);
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + " px";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("px", "").trim());
            }
        });
        ToggleGroup startGroup = new ToggleGroup();
        RadioButton noise = new RadioButton("noise");
        noise.setId("style-start-noise");
        RadioButton content = new RadioButton("content");
        content.setId("style-start-content");
        noise.setToggleGroup(startGroup);
        content.setToggleGroup(startGroup);
        noise.setSelected(vm.startProperty().get() == StyleSetup.StartFrom.NOISE);
        content.setSelected(!noise.isSelected());
        startGroup.selectedToggleProperty().addListener((obs, o, n) ->
                vm.startProperty().set(n == content ? StyleSetup.StartFrom.CONTENT : StyleSetup.StartFrom.NOISE));
        vm.startProperty().addListener((obs, o, n) -> (n == StyleSetup.StartFrom.CONTENT ? content : noise).setSelected(true));

        ComboBox<NetworkKind> network = new ComboBox<>();
        network.setId("style-network");
        network.getItems().setAll(NetworkKind.values());
        network.valueProperty().bindBidirectional(vm.networkProperty());
        network.setConverter(new StringConverter<>() {
            @Override
            public String toString(NetworkKind n) {
                return n == null ? "" : n.title();
            }

            @Override
            public NetworkKind fromString(String s) {
                return null;
            }
        });
        network.setMaxWidth(Double.MAX_VALUE);

        // label above control: at presenter mode's 20 px a label beside its control was cut to "St..."
        VBox grid = new VBox(3, label(StyleFields.SIZE), size, label(StyleFields.START), new HBox(8, noise, content),
                label(StyleFields.NETWORK), network);
        for (var n : new javafx.scene.Node[] {pictures, grid}) n.disableProperty().bind(vm.lockedProperty());

        Label note = new Label();
        note.setId("style-network-note");
        note.setWrapText(true);
        note.getStyleClass().add("caption");
        note.textProperty().bind(Bindings.createStringBinding(
                () -> StyleSetupViewModel.networkNote(vm.networkProperty().get(), vgg.availableProperty().get()),
                vm.networkProperty(), vgg.availableProperty()));
        getChildren().addAll(title, locked, pictures, grid, note, downloadRow(vgg));
    }

    /** A picture's preview on the left; its name, its list and Open image... beside it. */
    private static HBox picture(String name, String id, javafx.beans.property.ObjectProperty<PictureChoice> choice,
                                javafx.collections.ObservableList<PictureChoice> choices,
                                javafx.beans.property.ObjectProperty<org.ganworkbench.ui.samples.PixelImage> preview, Runnable open) {
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        ComboBox<PictureChoice> box = new ComboBox<>(choices);
        box.setId(id + "-picture");
        box.valueProperty().bindBidirectional(choice);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(60);
        Button openButton = new Button("Open image...");
        openButton.setId(id + "-open");
        openButton.setMaxWidth(Double.MAX_VALUE);
        openButton.setOnAction(e -> open.run());
        openButton.setTooltip(new Tooltip("A PNG, JPEG, GIF or BMP picture of your own; it is cropped to a centred square of the size chosen below."));
        PixelView view = new PixelView(id + "-preview", "", 1);
        view.showAsPicture();
        view.setPrefSize(84, 84);
        view.setMinSize(84, 84);
        view.setMaxSize(84, 84);
        preview.addListener((obs, o, n) -> view.show(n));
        view.show(preview.get());
        VBox controls = new VBox(4, label, box, openButton);
        HBox.setHgrow(controls, Priority.ALWAYS);
        HBox row = new HBox(8, view, controls);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox downloadRow(Vgg16DownloadViewModel vgg) {
        Button download = new Button();
        download.setId("style-vgg16-download");
        download.setMaxWidth(Double.MAX_VALUE);
        download.setWrapText(true);
        download.textProperty().bind(Bindings.createStringBinding(vgg::offer, vgg.runningProperty(), vgg.availableProperty()));
        download.setOnAction(e -> vgg.download());
        download.setTooltip(new Tooltip("Once, into the app's cache; checked against the checksum DL4J's model zoo publishes."));
        Button cancel = new Button("Cancel");
        cancel.setId("style-vgg16-cancel");
        cancel.setOnAction(e -> vgg.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vgg.fractionProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label();
        text.setId("style-vgg16-progress");
        text.setWrapText(true);
        text.getStyleClass().add("caption");
        text.textProperty().bind(vgg.progressProperty());
        HBox running = new HBox(6, bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        running.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, download, running, text);
        download.visibleProperty().bind(vgg.availableProperty().not().and(vgg.runningProperty().not()));
        download.managedProperty().bind(download.visibleProperty());
        running.visibleProperty().bind(vgg.runningProperty());
        running.managedProperty().bind(running.visibleProperty());
        text.visibleProperty().bind(vgg.runningProperty());
        text.managedProperty().bind(text.visibleProperty());
        return box;
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
}
