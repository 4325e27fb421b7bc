package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** history.csv gives back every value exactly: a reopened session draws the curves the run drew. */
class HistoryCsvTest {

    @Test
    void valuesReadBackBitForBit() {
        double[] values = {1.6123357f, 3.2e-5f, 0.1, Math.PI, 1e-300, -0.6931471805599453, 123456789.0f};
        for (double v : values) {
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Double.parseDouble(History.exactText(v))),
                    v + " written as " + History.exactText(v));
        }
        assertEquals("0.002", History.exactText(0.002), "short values stay short");
    }

    @Test
    void aWrittenTableReadsBackTheSameNumbers() throws Exception {
        History history = new History();
        java.util.Random random = new java.util.Random(4);
        int columns = HistoryColumn.values().length;
        for (int step = 1; step <= 3; step++) {
            double[] row = new double[columns];
            for (int c = 0; c < columns; c++) row[c] = (float) (random.nextGaussian() * Math.pow(10, c % 7 - 3));
            row[HistoryColumn.STEP.ordinal()] = step;
            row[HistoryColumn.EPOCH.ordinal()] = 0;
            row[HistoryColumn.THREADS.ordinal()] = 1;
            row[columns - 2] = Double.NaN; // a column not measured at this step
            history.append(row);
        }
        StringWriter out = new StringWriter();
        history.writeCsv(out);
        History back = History.readCsv(new StringReader(out.toString()), 100);
        assertEquals(history.size(), back.size());
        for (int r = 0; r < history.size(); r++) {
            for (HistoryColumn c : HistoryColumn.values()) {
                double want = history.get(r, c);
                if (Double.isNaN(want)) assertEquals(true, Double.isNaN(back.get(r, c)), c + " row " + r + " stays unmeasured");
                else assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(back.get(r, c)), c + " row " + r);
            }
        }
    }
}
