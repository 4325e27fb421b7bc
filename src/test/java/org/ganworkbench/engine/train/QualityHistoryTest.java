package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class QualityHistoryTest {

    @Test
    void csvRoundTripKeepsEveryValueExactlyIncludingNotMeasured() throws IOException {
        QualityHistory h = new QualityHistory();
        h.add(new QualityPoint(0, 0, 8, 0.0, Double.NaN, 0.6931471805599453, 3.2e-5));
        h.add(new QualityPoint(100, 3, 8, 0.123456789012345, 1.14, 0.25, 1.0 / 3));
        h.add(new QualityPoint(200, -1, 0, Double.NaN, Double.NaN, 0.01, 0.02)); // no modes: any 2D data
        StringWriter out = new StringWriter();
        h.writeCsv(out);
        QualityHistory back = QualityHistory.readCsv(new StringReader(out.toString()), 10);
        assertEquals(h.since(0), back.since(0));
    }

    @Test
    void damagedFilesAreRefusedWithTheLine() {
        String header = QualityHistory.CSV_HEADER + "\n";
        assertProblem("header", "step,modes\n1,2\n");
        assertProblem("line 2: 'x' is not a whole number", header + "x,1,8,0.5,,,\n");
        assertProblem("line 2: 9 is outside -1..8", header + "5,9,8,0.5,,,\n");
        assertProblem("line 2 has 3 cells", header + "5,1,8\n");
        assertProblem("line 3: steps go backwards", header + "5,1,8,0.5,,,\n4,1,8,0.5,,,\n");
        assertProblem("line 2: 'abc' is not a number", header + "5,1,8,abc,,,\n");
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> QualityHistory.readCsv(new StringReader(header + "5,1,8,0.5,,,\n6,1,8,0.5,,,\n"), 1));
        assertTrue(tooMany.getMessage().contains("more than 1 rows"), tooMany.getMessage());
    }

    private static void assertProblem(String expected, String csv) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QualityHistory.readCsv(new StringReader(csv), 5));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
