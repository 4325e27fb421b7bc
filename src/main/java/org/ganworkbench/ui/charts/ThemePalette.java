package org.ganworkbench.ui.charts;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.ganworkbench.ui.charts.PaletteProbe.Role;

/**
 * The canvas palette of the theme a node is shown in, read from the theme's stylesheets (the
 * {@code .canvas-palette} rules): a probe node is styled with the scene's stylesheets and its root's
 * presenter state, once per combination. The theme marks the scene's root with the
 * {@code :presenter} pseudo-class in presenter mode; canvases, which CSS cannot reach, take their
 * colours from here and redraw when it switches, so presenter mode restyles every one of them
 * without each view being told.
 */
public final class ThemePalette {

    /** Set on the scene's root in presenter mode (by the theme). */
    public static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");
    /** The desk's stylesheet: always under the others, so every colour is set even in a scene without the theme. */
    public static final String DESK_STYLESHEET = "/assets/css/studio.css";

    private record Key(List<String> stylesheets, boolean presenter) {
    }

    private static final Map<Key, ChartPalette> READ = new ConcurrentHashMap<>();

    private ThemePalette() {
    }

    /** The palette for the node's scene now: its theme's, or the desk's before the node is shown. FX thread. */
    public static ChartPalette of(Node node) {
        Scene scene = node.getScene();
        List<String> sheets = new ArrayList<>();
        sheets.add(desk());
        if (scene != null) scene.getStylesheets().stream().filter(s -> !sheets.contains(s)).forEach(sheets::add);
        boolean presenter = scene != null && scene.getRoot() != null && scene.getRoot().getPseudoClassStates().contains(PRESENTER);
        return READ.computeIfAbsent(new Key(List.copyOf(sheets), presenter), ThemePalette::read);
    }

    /** Runs {@code redraw} when the node joins a scene and whenever that scene's theme switches. */
    public static void redrawOnSwitch(Node node, Runnable redraw) {
        SetChangeListener<PseudoClass> switched = change -> {
            if (PRESENTER.equals(change.getElementAdded()) || PRESENTER.equals(change.getElementRemoved())) redraw.run();
        };
        node.sceneProperty().addListener((obs, old, now) -> {
            if (old != null && old.getRoot() != null) old.getRoot().getPseudoClassStates().removeListener(switched);
            if (now != null && now.getRoot() != null) now.getRoot().getPseudoClassStates().addListener(switched);
            redraw.run();
        });
    }

    private static ChartPalette read(Key key) {
        PaletteProbe probe = new PaletteProbe();
        Group root = new Group(probe);
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(key.stylesheets());
        root.pseudoClassStateChanged(PRESENTER, key.presenter());
        probe.applyCss();
        return new ChartPalette(probe.colour(Role.BACKGROUND), probe.colour(Role.PLOT), probe.colour(Role.GRID),
                probe.colour(Role.AXIS), probe.colour(Role.TEXT), probe.colour(Role.MARKER), probe.colour(Role.REFERENCE),
                probe.colour(Role.DISCRIMINATOR), probe.colour(Role.GENERATOR), probe.colour(Role.REAL),
                probe.fontSize(), probe.lineWidth(),
                new ChartPalette.Checkpoints(probe.colour(Role.CHECKPOINT), probe.colour(Role.CHECKPOINT_BEFORE_CHANGE),
                        probe.colour(Role.CHECKPOINT_PICKED), probe.colour(Role.CHECKPOINT_AXIS)),
                new ChartPalette.Gauge(probe.colour(Role.GAUGE_LOW), probe.colour(Role.GAUGE_FAIR), probe.colour(Role.GAUGE_HIGH),
                        probe.colour(Role.GAUGE_WINS), probe.colour(Role.GAUGE_THRESHOLD), probe.colour(Role.TILE_BACKGROUND)));
    }

    private static String desk() {
        URL url = ThemePalette.class.getResource(DESK_STYLESHEET);
        if (url == null) throw new IllegalStateException("missing stylesheet " + DESK_STYLESHEET);
        return url.toExternalForm();
    }
}
