package org.ganworkbench.engine.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A preset's caption is on screen in the banner over the studio, in presenter type on a 1280x720
 * projector: it must say what to watch in a few lines, not a paragraph (the layout tests size the
 * banner for this length).
 */
class PresetCaptionsTest {

    /** As StudioLayoutTest sizes the banner for. */
    static final int MAX_CAPTION = 260;

    @Test
    void everyCaptionFitsTheBanner() {
        for (Preset p : Presets.all()) {
            assertTrue(p.caption().length() <= MAX_CAPTION, p.name() + "'s caption has " + p.caption().length()
                    + " characters, more than " + MAX_CAPTION + ": " + p.caption());
            assertTrue(p.title().length() <= 40, p.name() + "'s title is long: " + p.title());
        }
    }
}
