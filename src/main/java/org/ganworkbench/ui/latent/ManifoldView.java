package org.ganworkbench.ui.latent;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ThemePalette;

/**
 * A 2D generator's picture: its fixed samples (gray), the image of a regular latent grid (the mesh
 * G warps onto the plane) and the slider's point G(z) in the theme's marker colour.
 */
final class ManifoldView extends Region {

    private final Canvas canvas = new Canvas(300, 300);
    private ManifoldViewModel.Picture picture;
    private float[] point;

    ManifoldView() {
        setId("latent-manifold");
        setPrefSize(300, 300);
        setMinSize(100, 100);
        getChildren().add(canvas);
        ThemePalette.redrawOnSwitch(this, this::draw);
    }

    void show(ManifoldViewModel.Picture picture, float[] point) {
        this.picture = picture;
        this.point = point;
        draw();
    }

    @Override
    protected void layoutChildren() {
        double side = Math.max(50, Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double s = canvas.getWidth();
        ChartPalette palette = ThemePalette.of(this);
        g.setFill(palette.plot());
        g.fillRect(0, 0, s, s);
        if (picture == null) return;
        double[] box = bounds();
        double scale = (s - 20) / Math.max(box[2] - box[0], box[3] - box[1]);
        double cx = (box[0] + box[2]) / 2;
        double cy = (box[1] + box[3]) / 2;
        java.util.function.DoubleUnaryOperator px = x -> s / 2 + (x - cx) * scale;
        java.util.function.DoubleUnaryOperator py = y -> s / 2 - (y - cy) * scale;
        float[] c = picture.cloud();
        g.setFill(palette.axis().deriveColor(0, 1, 1, 0.6));
        for (int i = 0; i + 1 < c.length; i += 2) g.fillOval(px.applyAsDouble(c[i]) - 1.5, py.applyAsDouble(c[i + 1]) - 1.5, 3, 3);
        float[] m = picture.mesh();
        if (m != null) {
            int n = picture.side();
            g.setStroke(palette.discriminator().deriveColor(0, 1, 1, 0.7));
            g.setLineWidth(1);
            for (int line = 0; line < n; line++) {
                g.beginPath();
                for (int k = 0; k < n; k++) lineTo(g, m, line * n + k, k == 0, px, py);   // a row of the latent grid
                g.stroke();
                g.beginPath();
                for (int k = 0; k < n; k++) lineTo(g, m, k * n + line, k == 0, px, py);   // a column
                g.stroke();
            }
        }
        if (point != null) {
            g.setFill(palette.marker());
            g.fillOval(px.applyAsDouble(point[0]) - 5, py.applyAsDouble(point[1]) - 5, 10, 10);
        }
    }

    private static void lineTo(GraphicsContext g, float[] m, int i, boolean first,
                               java.util.function.DoubleUnaryOperator px, java.util.function.DoubleUnaryOperator py) {
        double x = px.applyAsDouble(m[2 * i]);
        double y = py.applyAsDouble(m[2 * i + 1]);
        if (first) g.moveTo(x, y);
        else g.lineTo(x, y);
    }

    private double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        include(b, picture.cloud());
        if (picture.mesh() != null) include(b, picture.mesh());
        if (b[0] > b[2]) return new double[] {-1, -1, 1, 1};
        return b;
    }

    private static void include(double[] b, float[] xy) {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!Float.isFinite(xy[i]) || !Float.isFinite(xy[i + 1])) continue;
            b[0] = Math.min(b[0], xy[i]);
            b[1] = Math.min(b[1], xy[i + 1]);
            b[2] = Math.max(b[2], xy[i]);
            b[3] = Math.max(b[3], xy[i + 1]);
        }
    }
}
