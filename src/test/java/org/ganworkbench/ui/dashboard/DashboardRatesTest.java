package org.ganworkbench.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Presets;
import org.junit.jupiter.api.Test;

/** The learning-rate tile: short scientific notation, and the rates the optimizers really use. */
class DashboardRatesTest {

    @Test
    void ratesAreWrittenShortEnoughForThePresenterTile() {
        assertEquals("2.0e-4", DashboardViewModel.rate(2e-4));
        assertEquals("1.0e-3", DashboardViewModel.rate(1e-3));
        assertEquals("5.0e-5", DashboardViewModel.rate(5e-5));
        assertEquals("1.0", DashboardViewModel.rate(1));
    }

    @Test
    void theTileShowsTheDecayedRatesOfTheGridPreset() {
        GanConfig grid = Presets.get("grid25-pacgan").config(); // G 1e-3, D 2e-4, to 5% over steps 12,000-20,000
        assertEquals("G 1.0e-3\nD 2.0e-4", DashboardViewModel.rates(grid, 12_000));
        assertEquals("G 7.6e-4\nD 1.5e-4", DashboardViewModel.rates(grid, 14_001)); // a quarter of the way down
        assertEquals("G 5.0e-5\nD 1.0e-5", DashboardViewModel.rates(grid, 30_000));
    }

    @Test
    void theBigTextShrinksToFitANarrowTileAndGrowsWithTheRowOtherwise() {
        // presenter mode at 1280x720: a 200-pixel row, tiles ~180 wide; "G 2.0e-4" is 8 characters
        double narrow = DashboardView.fontSize(200, 180, 8);
        assertTrue(8 * 0.61 * narrow <= 0.8 * 180 + 1e-9, "fits: " + narrow);
        assertEquals(200 * 0.17, DashboardView.fontSize(200, 1000, 8), 1e-9, "wide tiles: sized by the row");
        assertEquals(14, DashboardView.fontSize(200, 20, 8), 0, "never unreadably small");
    }

    @Test
    void beforeAnyRunTheTileShowsTheRatesTheNextRunWillStartWith() {
        var next = new javafx.beans.property.SimpleObjectProperty<>(Presets.get("ring-vanilla").config());
        DashboardViewModel vm = new DashboardViewModel(
                new org.ganworkbench.ui.run.RunViewModel(new org.ganworkbench.ui.run.DirectTaskRunner(),
                        new org.ganworkbench.ui.run.Notices()), next);
        assertEquals("G 1.0e-4\nD 1.0e-3", vm.learningRatesProperty().get());
        next.set(Presets.get("grid25-pacgan").config());
        assertEquals("G 1.0e-3\nD 2.0e-4", vm.learningRatesProperty().get(), "follows the editor");
    }
}
