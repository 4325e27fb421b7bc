package org.ganworkbench.ui.samples;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Real against generated 2D points. The view is fixed by the real data (its bounding square plus a
 * margin), so a generator that collapses or wanders off shows as exactly that; points outside the
 * view are counted instead of silently dropped.
 */
final class PointScatterView extends Region {

    private final Canvas canvas = new Canvas();
    private final SamplesViewModel vm;
    private boolean resized;
    private ScatterPalette palette = ScatterPalette.LIGHT;
    private int outside;

    PointScatterView(SamplesViewModel vm) {
        this.vm = vm;
        canvas.setId("point-scatter");
        getStyleClass().add("point-scatter-view");
        getChildren().add(canvas);
        // Points change on a UI pulse (new samples), so drawing at once keeps the repaint in that frame.
        vm.generatedPointsProperty().addListener((obs, o, n) -> draw());
        vm.realPointsProperty().addListener((obs, o, n) -> draw());
        widthProperty().addListener((obs, o, n) -> resized = true);
        heightProperty().addListener((obs, o, n) -> resized = true);
    }

    void setPalette(ScatterPalette value) {
        palette = value;
        draw();
    }

    /** Generated points that fell outside the view at the last drawing. */
    int outsideCount() {
        return outside;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate(Math.floor((getWidth() - side) / 2), 0);
        if (resized) {
            resized = false;
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double size = canvas.getWidth();
        g.setFill(palette.background());
        g.fillRect(0, 0, size, size);
        float[] real = vm.realPointsProperty().get();
        if (size < 20 || real == null || real.length < 2) return;
        double[] box = ScatterBounds.of(real);
        double scale = size / (box[2] - box[0]);
        g.setStroke(palette.axes());
        g.setLineWidth(1);
        double ox = Math.round(-box[0] * scale) + 0.5;
        double oy = Math.round(box[3] * scale) + 0.5;
        g.strokeLine(ox, 0, ox, size);
        g.strokeLine(0, oy, size, oy);
        g.strokeRect(0.5, 0.5, size - 1, size - 1);
        dots(g, real, box, scale, palette.real(), palette.dot() * 0.8);
        float[] generated = vm.generatedPointsProperty().get();
        outside = generated == null ? 0 : dots(g, generated, box, scale, palette.generated(), palette.dot());
        g.setFill(palette.text());
        g.setFont(Font.font(palette.dot() * 5));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(generated == null ? "real data (green); generated points appear in orange"
                : outside > 0 ? outside + " generated points outside the view" : "", 8, 6);
    }

    /** Draws the points inside the view; returns how many were outside (or not finite). */
    private static int dots(GraphicsContext g, float[] xy, double[] box, double scale, javafx.scene.paint.Color color,
                            double d) {
        g.setFill(color);
        double size = (box[2] - box[0]) * scale;
        int out = 0;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double px = (xy[i] - box[0]) * scale;
            double py = (box[3] - xy[i + 1]) * scale;
            if (!(px >= 0 && py >= 0 && px < size && py < size)) {
                out++;
                continue;
            }
            g.fillOval(px - d / 2, py - d / 2, d, d);
        }
        return out;
    }
}
