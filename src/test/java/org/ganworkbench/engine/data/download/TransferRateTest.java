package org.ganworkbench.engine.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rate over the last seconds, and the time left at that rate. */
class TransferRateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void rateAndEtaFromRecentSamples() {
        TransferRate r = new TransferRate();
        assertTrue(Double.isNaN(r.etaSeconds(100)));
        r.sample(0, 0);
        r.sample(2 * SECOND, 2_000_000);
        assertEquals(1_000_000, r.bytesPerSecond(), 1e-6);
        assertEquals(8, r.etaSeconds(10_000_000), 1e-9);
        assertTrue(Double.isNaN(r.etaSeconds(-1)));
    }

    @Test
    void oldSamplesAreForgottenSoASlowdownShowsQuickly() {
        TransferRate r = new TransferRate();
        r.sample(0, 0);
        r.sample(SECOND, 10_000_000);
        for (int s = 2; s <= 12; s++) r.sample(s * SECOND, 10_000_000 + (s - 1) * 1000L);
        assertEquals(1000, r.bytesPerSecond(), 1e-6);
    }
}
