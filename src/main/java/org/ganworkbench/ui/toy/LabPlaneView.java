package org.ganworkbench.ui.toy;

import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.ganworkbench.engine.event.ToyFrame;
import org.ganworkbench.engine.toy.ViewBox;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ThemePalette;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * The plane: D's field as a small image scaled up smoothly, and on a canvas above it G's manifold
 * (the image of a latent grid), real points, generated points with G's push as arrows, and after a
 * slow-motion G step the trails of the points that moved. Drawn only when its view model says
 * something changed (a UI pulse or a mouse stroke).
 */
final class LabPlaneView extends Region {

    /** The theme's palette, read at each frame (the plane draws over D's heat map, so the plot colour is not painted). */
    private ChartPalette palette;

    private final LabViewModel vm;
    private final ImageView heat = new ImageView();
    private final Canvas canvas = new Canvas();
    private WritableImage heatImage;
    private double dot = 3;
    private boolean resized;
    private int draws;

    LabPlaneView(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add("lab-plane");
        heat.setId("lab-heat-map");
        canvas.setId("lab-plane");
        heat.setSmooth(true);
        heat.setPreserveRatio(false);
        getChildren().addAll(heat, canvas);
        setMinSize(200, 200);
        vm.revisionProperty().addListener((obs, o, n) -> draw());
        vm.heatMapProperty().addListener((obs, o, n) -> showHeat(n));
        vm.showFieldProperty().addListener((obs, o, n) -> heat.setVisible(n));
        vm.showMeshProperty().addListener((obs, o, n) -> draw());
        vm.showArrowsProperty().addListener((obs, o, n) -> draw());
        vm.toolProperty().addListener((obs, o, n) -> canvas.setCursor(n == LabViewModel.Tool.LOOK ? Cursor.DEFAULT : Cursor.CROSSHAIR));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::brush);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::brush);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> vm.strokeEnded());
        widthProperty().addListener((obs, o, n) -> resized = true);
        heightProperty().addListener((obs, o, n) -> resized = true);
        ThemePalette.redrawOnSwitch(this, this::draw);
    }

    void setPresenter(boolean on) {
        dot = on ? 4.5 : 3;
        draw();
    }

    /** Redraws so far (tests check that new frames reached the screen). */
    int drawCount() {
        return draws;
    }

    private void showHeat(PixelImage p) {
        if (p == null) {
            heat.setImage(null);
            return;
        }
        if (heatImage == null || heatImage.getWidth() != p.width() || heatImage.getHeight() != p.height()) {
            heatImage = new WritableImage(p.width(), p.height());
        }
        heatImage.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0, p.width());
        heat.setImage(heatImage);
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        double x = Math.floor((getWidth() - side) / 2);
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate(x, 0);
        heat.setFitWidth(side);
        heat.setFitHeight(side);
        heat.relocate(x, 0);
        if (resized) {
            resized = false;
            draw();
        }
    }

    private void brush(MouseEvent e) {
        if (vm.toolProperty().get() == LabViewModel.Tool.LOOK) return;
        ViewBox b = vm.boxProperty().get();
        double size = canvas.getWidth();
        vm.brush(b.minX() + e.getX() / size * (b.maxX() - b.minX()), b.maxY() - e.getY() / size * (b.maxY() - b.minY()));
    }

    private void draw() {
        draws++;
        palette = ThemePalette.of(this);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double size = canvas.getWidth();
        g.clearRect(0, 0, size, canvas.getHeight());
        if (size < 20) return;
        Plane p = new Plane(vm.boxProperty().get(), size);
        ToyFrame f = vm.frameProperty().get();
        boolean looking = vm.toolProperty().get() == LabViewModel.Tool.LOOK;
        heat.setVisible(vm.showFieldProperty().get() && looking);
        axes(g, p);
        if (looking && f != null && f.meshSide() > 0 && vm.showMeshProperty().get()) mesh(g, p, f, alpha(palette.generator(), 0.3));
        dots(g, p, vm.realProperty().get(), alpha(palette.real(), 0.55), dot * 1.2);
        if (looking) {
            trails(g, p, vm.trailsFromProperty().get(), vm.generatedProperty().get(), f, alpha(palette.reference(), 0.8));
            dots(g, p, vm.generatedProperty().get(), alpha(palette.generator(), 0.9), dot);
            rings(g, p, vm.realProperty().get(), dot * 2.4, alpha(palette.real(), 0.9)); // real data stays visible under a crowd of generated points
            if (f != null && vm.showArrowsProperty().get()) arrows(g, p, f, alpha(palette.text(), 0.75));
        }
        caption(g, size, f, looking);
    }

    /** Data to canvas coordinates. */
    private record Plane(ViewBox box, double size) {
        double x(double v) {
            return (v - box.minX()) / (box.maxX() - box.minX()) * size;
        }

        double y(double v) {
            return (box.maxY() - v) / (box.maxY() - box.minY()) * size;
        }
    }

    private void axes(GraphicsContext g, Plane p) {
        g.setStroke(alpha(palette.axis(), 0.6));
        g.setLineWidth(1);
        g.strokeLine(Math.round(p.x(0)) + 0.5, 0, Math.round(p.x(0)) + 0.5, p.size());
        g.strokeLine(0, Math.round(p.y(0)) + 0.5, p.size(), Math.round(p.y(0)) + 0.5);
        g.strokeRect(0.5, 0.5, p.size() - 1, p.size() - 1);
    }

    /** The image of the latent grid: one polyline per grid row and per grid column. */
    private static void mesh(GraphicsContext g, Plane p, ToyFrame f, Color colour) {
        int n = f.meshSide();
        float[] m = f.mesh();
        g.setStroke(colour);
        g.setLineWidth(1);
        for (int line = 0; line < n; line++) {
            g.beginPath();
            for (int k = 0; k < n; k++) {
                int i = line * n + k;
                if (k == 0) g.moveTo(p.x(m[2 * i]), p.y(m[2 * i + 1]));
                else g.lineTo(p.x(m[2 * i]), p.y(m[2 * i + 1]));
            }
            g.stroke();
            g.beginPath();
            for (int k = 0; k < n; k++) {
                int i = k * n + line;
                if (k == 0) g.moveTo(p.x(m[2 * i]), p.y(m[2 * i + 1]));
                else g.lineTo(p.x(m[2 * i]), p.y(m[2 * i + 1]));
            }
            g.stroke();
        }
    }

    private static void dots(GraphicsContext g, Plane p, float[] xy, Color color, double d) {
        if (xy == null) return;
        g.setFill(color);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = p.x(xy[i]);
            double y = p.y(xy[i + 1]);
            if (x >= 0 && y >= 0 && x < p.size() && y < p.size()) g.fillOval(x - d / 2, y - d / 2, d, d);
        }
    }

    /** Outlines of the real points: a few hundred at most, since they mostly coincide on screen. */
    private static void rings(GraphicsContext g, Plane p, float[] xy, double d, Color colour) {
        if (xy == null) return;
        g.setStroke(colour);
        g.setLineWidth(1.2);
        int stride = Math.max(1, xy.length / 2 / 400);
        for (int i = 0; i + 1 < xy.length; i += 2 * stride) {
            double x = p.x(xy[i]);
            double y = p.y(xy[i + 1]);
            if (x >= 0 && y >= 0 && x < p.size() && y < p.size()) g.strokeOval(x - d / 2, y - d / 2, d, d);
        }
    }

    /** Where the arrowed points were before a slow-motion G step. */
    private static void trails(GraphicsContext g, Plane p, float[] before, float[] now, ToyFrame f, Color colour) {
        if (before == null || now == null || f == null) return;
        g.setStroke(colour);
        g.setLineWidth(1.2);
        int n = Math.min(f.arrowStarts().length, now.length);
        for (int i = 0; i + 1 < n; i += 2) g.strokeLine(p.x(before[i]), p.y(before[i + 1]), p.x(now[i]), p.y(now[i + 1]));
    }

    /** G's push, scaled so the typical (90th percentile) arrow is 5% of the view; the longest are capped. */
    private static void arrows(GraphicsContext g, Plane p, ToyFrame f, Color colour) {
        float[] a = f.arrows();
        float[] s = f.arrowStarts();
        double[] len = new double[a.length / 2];
        for (int i = 0; i < len.length; i++) len[i] = Math.hypot(a[2 * i], a[2 * i + 1]);
        double[] sorted = len.clone();
        java.util.Arrays.sort(sorted);
        double typical = sorted.length == 0 ? 0 : sorted[(int) (0.9 * (sorted.length - 1))];
        if (!(typical > 0)) return;
        double unit = 0.05 * p.size() / typical;
        g.setStroke(colour);
        g.setLineWidth(1.1);
        for (int i = 0; i < len.length; i++) {
            double l = Math.min(len[i] * unit, 0.08 * p.size());
            if (!(l > 1.5)) continue;
            double x0 = p.x(s[2 * i]);
            double y0 = p.y(s[2 * i + 1]);
            double ux = a[2 * i] / len[i];
            double uy = -a[2 * i + 1] / len[i];
            double x1 = x0 + ux * l;
            double y1 = y0 + uy * l;
            g.strokeLine(x0, y0, x1, y1);
            double h = Math.min(5, l * 0.4);
            g.strokeLine(x1, y1, x1 - h * (ux - 0.5 * uy), y1 - h * (uy + 0.5 * ux));
            g.strokeLine(x1, y1, x1 - h * (ux + 0.5 * uy), y1 - h * (uy - 0.5 * ux));
        }
    }

    /** What the colours mean, bottom left; a hint when drawing. */
    private void caption(GraphicsContext g, double size, ToyFrame f, boolean looking) {
        double fs = Math.max(11, dot * 4);
        g.setFont(Font.font(fs));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        String text;
        if (!looking) {
            text = vm.drawnPoints() + " points drawn: drag to " + (vm.toolProperty().get() == LabViewModel.Tool.SPRAY ? "spray" : "erase")
                    + ". Release: they become the next run's data.";
        } else if (f == null) {
            text = vm.generatedProperty().get() == null ? "Real data in green. Start or step to see D and G." : "";
        } else if (!vm.showFieldProperty().get()) {
            text = "";
        } else {
            colorBar(g, size, fs, f);
            return;
        }
        label(g, text, 6, size - 6, fs);
    }

    private void colorBar(GraphicsContext g, double size, double fs, ToyFrame f) {
        ColorScale scale = vm.colorScaleProperty().get();
        double span = f.diverging() ? vm.divergingSpan() : 1;
        double lo = f.diverging() ? f.center() - span : 0;
        String left = f.diverging() ? String.format("critic %.2g", lo) : "D = 0 (fake)";
        String right = f.diverging() ? String.format("%.2g", f.center() + span) : "1 (real)";
        // as wide as both end labels need at the current type size, so they never overlap
        double w = Math.max(Math.min(160, size * 0.35), textWidth(g, left) + textWidth(g, right) + 16);
        double h = fs * 0.8;
        double x = 8;
        double y = size - 8 - fs * 1.3 - h;
        for (int i = 0; i < w; i++) {
            double v = lo + (f.diverging() ? 2 * span : 1) * i / (w - 1);
            int c = scale.color(v, f.center(), span);
            g.setFill(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
            g.fillRect(x + i, y, 1, h);
        }
        g.setStroke(palette.reference());
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, w, h);
        label(g, left, x, size - 6, fs);
        g.setTextAlign(TextAlignment.RIGHT);
        label(g, right, x + w, size - 6, fs);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static double textWidth(GraphicsContext g, String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(g.getFont());
        return t.getLayoutBounds().getWidth();
    }

    /** Text on a translucent plate of the theme's background, readable over any colour of the map. */
    private void label(GraphicsContext g, String text, double x, double y, double fs) {
        if (text.isEmpty()) return;
        double w = textWidth(g, text);
        double left = g.getTextAlign() == TextAlignment.RIGHT ? x - w : x;
        g.setFill(alpha(palette.plot(), 0.75));
        g.fillRect(left - 3, y - fs * 1.25, w + 6, fs * 1.3);
        g.setFill(palette.text());
        g.fillText(text, x, y);
    }

    private static Color alpha(Color c, double opacity) {
        return c.deriveColor(0, 1, 1, opacity);
    }
}
