package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.ganworkbench.engine.metrics.ScoreAxis;
import org.junit.jupiter.api.Test;

/** The judge's measurements and D's view survive their CSV, and a damaged CSV is refused with its line. */
class MeasurementHistoriesTest {

    @Test
    void judgedPointsRoundTrip() throws IOException {
        JudgedHistory h = new JudgedHistory();
        h.add(new JudgedPoint(100, 1000, 3, 0.5, 0.25, 812.5, new double[] {0.5, 0.3, 0.2}, new double[] {0.9, 0.8, Double.NaN}, 0.98, 9.5));
        h.add(new JudgedPoint(200, 1000, 3, 0.4, 0.75, 41.25, new double[] {0.4, 0.3, 0.3}, new double[] {1, 0.95, 0.5}, 0.98, 9.5));
        StringWriter w = new StringWriter();
        h.writeCsv(w);
        assertTrue(w.toString().startsWith("step,samples,classes_present,largest_share,confident_share,frechet,judge_accuracy,real_frechet,"
                + "share_0,share_1,share_2,agreement_0,agreement_1,agreement_2\n"), w.toString());
        JudgedHistory back = JudgedHistory.readCsv(new StringReader(w.toString()), 10);
        assertEquals(2, back.size());
        JudgedPoint p = back.since(0).get(0);
        assertEquals(100, p.step());
        assertEquals(812.5, p.frechet(), 1e-3);
        assertArrayEquals(new double[] {0.5, 0.3, 0.2}, p.shares(), 1e-6);
        assertTrue(Double.isNaN(p.agreement()[2]), "a class never asked for stays unknown");
        assertEquals(0.85, p.meanAgreement(), 1e-6);
        assertEquals(0.5, back.last().worstAgreement(), 1e-6);
    }

    @Test
    void damagedJudgeCsvIsRefusedWithItsLine() {
        String header = "step,samples,classes_present,largest_share,confident_share,frechet,judge_accuracy,real_frechet,share_0,share_1\n";
        for (String bad : List.of(header + "1,10,2,0.5,0.5,3,0.9,4,0.5\n", header + "1,10,2,7,0.5,3,0.9,4,0.5,0.5\n",
                header + "5,10,2,0.5,0.5,3,0.9,4,0.5,0.5\n1,10,2,0.5,0.5,3,0.9,4,0.5,0.5\n", header + "1,10,9,0.5,0.5,3,0.9,4,0.5,0.5\n",
                "step,nonsense\n")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> JudgedHistory.readCsv(new StringReader(bad), 10), bad);
            assertTrue(e.getMessage().startsWith("judge.csv"), e.getMessage());
        }
    }

    @Test
    void dViewCountsTenStepsPerColumnAndRoundTrips() throws IOException {
        DOutputHistory h = new DOutputHistory(ScoreAxis.PROBABILITY);
        float sure = 5f;   // sigmoid 0.993: the top bin
        float fooled = 0f; // sigmoid 0.5: bin 10
        for (int step = 1; step <= 25; step++) h.add(step, new float[] {sure, sure}, new float[] {fooled, -sure});
        assertEquals(3, h.size(), "steps 1-10, 11-20, 21-25");
        DOutputHistory.Column first = h.since(0).get(0);
        assertEquals(10, first.lastStep());
        assertEquals(20, first.real()[19], "two real scores per step, all sure");
        assertEquals(10, first.fake()[10], "one fake at 0.5 per step");
        assertEquals(10, first.fake()[0], "one fake sure to be fake per step");
        StringWriter w = new StringWriter();
        h.writeCsv(w);
        DOutputHistory back = DOutputHistory.readCsv(new StringReader(w.toString()), ScoreAxis.PROBABILITY, 100);
        assertEquals(3, back.size());
        assertEquals(25, back.since(2).get(0).lastStep());
        assertArrayEquals(first.fake(), back.since(0).get(0).fake());
        String damaged = w.toString().replace("\n10,", "\n10,-4,");
        assertThrows(IllegalArgumentException.class, () -> DOutputHistory.readCsv(new StringReader(damaged), ScoreAxis.PROBABILITY, 100));
    }

    @Test
    void rawScoresAreBinnedOnASymmetricLogAxis() {
        ScoreAxis a = ScoreAxis.SYMMETRIC_LOG;
        assertEquals(10, a.bin(0.0), "0 is the middle");
        assertEquals(19, a.bin(5000.0), "beyond 1000 goes to the top bin");
        assertEquals(0, a.bin(-5000.0));
        assertTrue(a.bin(90.0) > a.bin(9.0) && a.bin(9.0) > a.bin(0.0), "ordered");
        assertEquals(-1, a.bin(Double.NaN));
        assertEquals(ScoreAxis.LEAST_SQUARES, ScoreAxis.forLoss(org.ganworkbench.engine.config.LossKind.LEAST_SQUARES));
        assertEquals(5, ScoreAxis.LEAST_SQUARES.bin(0.0), "LSGAN's fake target a quarter of the way up");
        assertEquals(15, ScoreAxis.LEAST_SQUARES.bin(1.0), "and its real target three quarters");
    }
}
