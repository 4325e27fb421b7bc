package org.ganworkbench.engine.data.toy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.PointDataset;
import org.ganworkbench.engine.io.InputFiles;

/**
 * 2D points from a CSV file: one {@code x,y} per line; an optional header line, blank lines and
 * lines starting with # are skipped. Separators: comma, semicolon, tab or spaces.
 */
public final class CsvPoints {

    /** Enough for any drawing or exported sample; more is almost surely the wrong file. */
    public static final int MAX_POINTS = 2_000_000;
    /** Two million points as text, with room for long numbers. */
    public static final long MAX_BYTES = 128L << 20;
    private static final double MAX_ABS = 1e6;

    private CsvPoints() {
    }

    /**
     * Checks that a points file can be read, without reading it: what the hyperparameter editor can
     * say at once, before a run is started.
     */
    public static void checkFile(Path file) {
        if (!Files.exists(file)) throw new DatasetException("Points file not found: " + file);
        if (!Files.isRegularFile(file)) throw new DatasetException(file + " is not a regular file: csv: takes a text file of x,y points.");
        if (!Files.isReadable(file)) throw new DatasetException("Cannot read " + file + ": no permission.");
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DatasetException(file + " is larger than " + (MAX_BYTES >> 20) + " MB: at most " + MAX_POINTS + " points are read.");
            }
        } catch (IOException e) {
            throw new DatasetException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    public static PointDataset read(Path file) {
        float[] xy = new float[1024];
        int n = 0;
        int lineNo = 0;
        boolean headerAllowed = true;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                InputFiles.openRegular(file, MAX_BYTES, "a points file", DatasetException::new), StandardCharsets.UTF_8.newDecoder()))) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] parts = t.split("[,;\\t ]+");
                boolean mayBeHeader = headerAllowed;
                headerAllowed = false;
                if (parts.length < 2 && mayBeHeader) continue;
                if (parts.length < 2) throw bad(file, lineNo, "expected two numbers x,y but found '" + shorten(t) + "'");
                double x;
                double y;
                try {
                    x = Double.parseDouble(parts[0]);
                    y = Double.parseDouble(parts[1]);
                } catch (NumberFormatException e) {
                    if (mayBeHeader) continue; // a header such as "x,y"
                    throw bad(file, lineNo, "'" + shorten(t) + "' is not two numbers");
                }
                if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > MAX_ABS || Math.abs(y) > MAX_ABS) {
                    throw bad(file, lineNo, "coordinates must be finite and within +-1e6");
                }
                if (n == MAX_POINTS) throw bad(file, lineNo, "more than " + MAX_POINTS + " points");
                if (2 * n + 2 > xy.length) xy = java.util.Arrays.copyOf(xy, xy.length * 2);
                xy[2 * n] = (float) x;
                xy[2 * n + 1] = (float) y;
                n++;
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException("Points file not found: " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DatasetException(file + " is not a text file of x,y points.");
        } catch (IOException e) {
            throw new DatasetException("Cannot read " + file + ": " + e.getMessage());
        }
        if (n == 0) throw new DatasetException(file + " holds no points: write one x,y pair per line.");
        return new PointDataset("csv:" + file, "Points from " + file.getFileName() + " (" + n + ")",
                java.util.Arrays.copyOf(xy, 2 * n), null);
    }

    private static DatasetException bad(Path file, int line, String what) {
        return new DatasetException(file + " line " + line + ": " + what + ".");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
