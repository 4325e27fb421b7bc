package org.ganworkbench.ui.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A node that is never shown, styled by the theme's stylesheets through the class
 * {@code canvas-palette}: CSS cannot paint on a canvas, but it can set these properties, and
 * {@link ThemePalette} turns them into a {@link ChartPalette}. A property the stylesheets leave
 * unset stays {@link #UNSET}, which a test checks never happens.
 */
final class PaletteProbe extends Region {

    /** What a colour the stylesheets forgot looks like: impossible to miss. */
    static final Color UNSET = Color.MAGENTA;

    /** The colours, each with its CSS property. */
    enum Role {
        BACKGROUND("-gw-chart-background"), PLOT("-gw-chart-plot"), GRID("-gw-chart-grid"), AXIS("-gw-chart-axis"),
        TEXT("-gw-chart-text"), MARKER("-gw-chart-marker"), REFERENCE("-gw-chart-reference"),
        DISCRIMINATOR("-gw-chart-discriminator"), GENERATOR("-gw-chart-generator"), REAL("-gw-chart-real"),
        CHECKPOINT("-gw-checkpoint"), CHECKPOINT_BEFORE_CHANGE("-gw-checkpoint-before-change"),
        CHECKPOINT_PICKED("-gw-checkpoint-picked"), CHECKPOINT_AXIS("-gw-checkpoint-axis"),
        GAUGE_LOW("-gw-gauge-low"), GAUGE_FAIR("-gw-gauge-fair"), GAUGE_HIGH("-gw-gauge-high"),
        GAUGE_WINS("-gw-gauge-wins"), GAUGE_THRESHOLD("-gw-gauge-threshold"), TILE_BACKGROUND("-gw-tile-background");

        final String property;

        Role(String property) {
            this.property = property;
        }
    }

    private static final Map<Role, CssMetaData<PaletteProbe, Color>> COLOUR_META = new EnumMap<>(Role.class);
    private static final CssMetaData<PaletteProbe, Number> FONT_SIZE_META = number("-gw-chart-font-size", p -> p.fontSize);
    private static final CssMetaData<PaletteProbe, Number> LINE_WIDTH_META = number("-gw-chart-line-width", p -> p.lineWidth);
    private static final List<CssMetaData<? extends Styleable, ?>> META;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        for (Role role : Role.values()) {
            CssMetaData<PaletteProbe, Color> meta = new CssMetaData<>(role.property, StyleConverter.getColorConverter(), UNSET) {
                @Override
                public boolean isSettable(PaletteProbe probe) {
                    return true;
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(PaletteProbe probe) {
                    return probe.colours.get(role);
                }
            };
            COLOUR_META.put(role, meta);
            all.add(meta);
        }
        all.add(FONT_SIZE_META);
        all.add(LINE_WIDTH_META);
        META = Collections.unmodifiableList(all);
    }

    private final Map<Role, SimpleStyleableObjectProperty<Color>> colours = new EnumMap<>(Role.class);
    private final SimpleStyleableDoubleProperty fontSize = new SimpleStyleableDoubleProperty(FONT_SIZE_META, this, "fontSize", Double.NaN);
    private final SimpleStyleableDoubleProperty lineWidth = new SimpleStyleableDoubleProperty(LINE_WIDTH_META, this, "lineWidth", Double.NaN);

    PaletteProbe() {
        for (Role role : Role.values()) {
            colours.put(role, new SimpleStyleableObjectProperty<>(COLOUR_META.get(role), this, role.name(), UNSET));
        }
        getStyleClass().setAll("canvas-palette");
    }

    Color colour(Role role) {
        return colours.get(role).get();
    }

    double fontSize() {
        return fontSize.get();
    }

    double lineWidth() {
        return lineWidth.get();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return META;
    }

    private static CssMetaData<PaletteProbe, Number> number(String property,
                                                             java.util.function.Function<PaletteProbe, SimpleStyleableDoubleProperty> field) {
        return new CssMetaData<>(property, StyleConverter.getSizeConverter(), Double.NaN) {
            @Override
            public boolean isSettable(PaletteProbe probe) {
                return true;
            }

            @Override
            public StyleableProperty<Number> getStyleableProperty(PaletteProbe probe) {
                return field.apply(probe);
            }
        };
    }
}
