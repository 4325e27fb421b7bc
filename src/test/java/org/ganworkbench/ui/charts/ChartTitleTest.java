package org.ganworkbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chart title too long for the room beside its legend is cut short, never drawn under it. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ChartTitleTest {

    private static final Font PRESENTER = Font.font(20);
    private static final String TITLE = "D output: real vs fake";

    @Start
    void start(Stage stage) {
        // fonts need the toolkit; no window
    }

    @Test
    void aTitleThatFitsIsUnchanged() {
        assertEquals(TITLE, ChartDecorations.elide(TITLE, PRESENTER, 1000));
    }

    @Test
    void aLongTitleIsCutWithAnEllipsisWithinTheRoom() {
        double room = width(TITLE) / 2;
        String cut = ChartDecorations.elide(TITLE, PRESENTER, room);
        assertTrue(cut.endsWith("\u2026") && cut.length() < TITLE.length(), cut);
        assertTrue(TITLE.startsWith(cut.substring(0, cut.length() - 1)), cut);
        assertTrue(width(cut) <= room, cut + " is " + width(cut) + " wide, room " + room);
    }

    @Test
    void withoutRoomForAFewLettersThereIsNoTitle() {
        assertEquals("", ChartDecorations.elide(TITLE, PRESENTER, 10));
    }

    private static double width(String s) {
        Text t = new Text(s);
        t.setFont(PRESENTER);
        return t.getLayoutBounds().getWidth();
    }
}
