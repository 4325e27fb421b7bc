package org.ganworkbench.ui.neighbours;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ganworkbench.ui.samples.PixelImage;
import org.ganworkbench.ui.samples.PixelImages;

/**
 * The "Nearest real images" tab: a grid of fresh samples on the left (click one), its nearest
 * training images on the right, by pixels and by the judge's features, each with its distance.
 */
public final class NeighboursView extends BorderPane {

    private static final double SAMPLE_SIDE = 84;
    private static final double NEIGHBOUR_SIDE = 72;

    private final NeighboursViewModel vm;
    private final GridPane grid = new GridPane();
    private final VBox results = new VBox(10);

    public NeighboursView(NeighboursViewModel vm) {
        this.vm = vm;
        setId("neighbours-view");
        setPadding(new Insets(10));
        Button draw = new Button("New samples");
        draw.setId("neighbours-draw");
        draw.setOnAction(e -> vm.drawSamples());
        Button whole = new Button("Check the whole grid");
        whole.setId("neighbours-whole-grid");
        whole.setOnAction(e -> vm.checkWholeGrid());
        draw.disableProperty().bind(vm.busyProperty());
        whole.disableProperty().bind(vm.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(vm.samples())));
        Label status = new Label();
        status.setId("neighbours-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(10, draw, whole, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        setTop(bar);
        grid.setHgap(6);
        grid.setVgap(6);
        VBox left = new VBox(6, caption("Fresh samples (click one)"), grid);
        left.setPadding(new Insets(0, 16, 0, 0));
        setLeft(left);
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.samples().addListener((ListChangeListener<PixelImage>) c -> showSamples());
        vm.rows().addListener((ListChangeListener<NeighbourRow>) c -> showRows());
    }

    public NeighboursViewModel viewModel() {
        return vm;
    }

    private void showSamples() {
        grid.getChildren().clear();
        List<PixelImage> samples = vm.samples();
        for (int i = 0; i < samples.size(); i++) {
            ImageView view = image(samples.get(i), SAMPLE_SIDE);
            int index = i;
            view.setOnMouseClicked(e -> vm.showNeighboursOf(index));
            view.setId("neighbours-sample-" + i);
            view.setCursor(javafx.scene.Cursor.HAND);
            grid.add(view, i % 4, i / 4);
        }
    }

    private void showRows() {
        results.getChildren().clear();
        List<NeighbourRow> rows = vm.rows();
        if (rows.size() == 1) {
            NeighbourRow r = rows.get(0);
            results.getChildren().addAll(caption("Sample " + (r.sampleIndex() + 1)), image(r.sample(), SAMPLE_SIDE),
                    caption("Nearest training images by pixels (distance \u00b7 class)"), strip(r.byPixels()));
            if (!r.byJudge().isEmpty()) {
                results.getChildren().addAll(caption("Nearest by the judge's features: what it sees as alike"), strip(r.byJudge()));
            }
            return;
        }
        GridPane table = new GridPane();
        table.setHgap(8);
        table.setVgap(8);
        table.add(caption("sample"), 0, 0);
        table.add(caption("by pixels"), 1, 0);
        table.add(caption("by the judge"), 2, 0);
        for (int i = 0; i < rows.size(); i++) {
            NeighbourRow r = rows.get(i);
            table.add(image(r.sample(), NEIGHBOUR_SIDE), 0, i + 1);
            table.add(strip(r.byPixels().subList(0, 1)), 1, i + 1);
            if (!r.byJudge().isEmpty()) table.add(strip(r.byJudge().subList(0, 1)), 2, i + 1);
        }
        results.getChildren().add(table);
    }

    private static HBox strip(List<NeighbourCell> cells) {
        HBox box = new HBox(8);
        for (NeighbourCell c : cells) {
            Label caption = new Label(c.caption());
            caption.getStyleClass().add("caption");
            box.getChildren().add(new VBox(2, image(c.image(), NEIGHBOUR_SIDE), caption));
        }
        return box;
    }

    private static ImageView image(PixelImage p, double side) {
        ImageView v = new ImageView(PixelImages.write(p, null));
        v.setSmooth(false);
        v.setFitWidth(side);
        v.setFitHeight(side);
        return v;
    }

    private static Node caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }
}
