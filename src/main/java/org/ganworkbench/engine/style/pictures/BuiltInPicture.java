package org.ganworkbench.engine.style.pictures;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.ganworkbench.engine.style.RgbImage;

/**
 * The pictures that come with the app, drawn by its own code at any size (no image files): a few
 * scenes to redraw and a few patterns to redraw them in.
 */
public enum BuiltInPicture {
    HOUSE(Role.CONTENT, "A house by a tree", ContentPictures::house),
    HILLS(Role.CONTENT, "Hills at sunset", ContentPictures::hills),
    CITY(Role.CONTENT, "A city at night", ContentPictures::city),
    FRUIT(Role.CONTENT, "A bowl of fruit", ContentPictures::fruit),
    BRUSH_STROKES(Role.STYLE, "Brush strokes", StylePatterns::brushStrokes),
    SWIRLS(Role.STYLE, "Swirls", StylePatterns::swirls),
    MOSAIC(Role.STYLE, "Mosaic tiles", StylePatterns::mosaic),
    STRIPES(Role.STYLE, "Stripes", StylePatterns::stripes),
    DOTS(Role.STYLE, "Dots", StylePatterns::dots);

    /** What a picture is meant for (either works for either). */
    public enum Role { CONTENT, STYLE }

    private final Role role;
    private final String title;
    private final IntFunction<RgbImage> painter;

    BuiltInPicture(Role role, String title, IntFunction<RgbImage> painter) {
        this.role = role;
        this.title = title;
        this.painter = painter;
    }

    public Role role() {
        return role;
    }

    public String title() {
        return title;
    }

    /** The id used on the command line and in saved files, e.g. "brush-strokes". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The picture at {@code size x size} pixels. */
    public RgbImage render(int size) {
        if (size < 8 || size > 4096) throw new IllegalArgumentException("picture size must be 8 to 4096, got " + size);
        return painter.apply(size);
    }

    public static List<BuiltInPicture> of(Role role) {
        return Arrays.stream(values()).filter(p -> p.role == role).toList();
    }

    /** By id ("hills", "brush-strokes"), or empty. */
    public static java.util.Optional<BuiltInPicture> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id().equals(wanted)).findFirst();
    }
}
