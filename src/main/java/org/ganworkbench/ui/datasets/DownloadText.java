package org.ganworkbench.ui.datasets;

import java.util.Locale;

/** Download progress in words: "12.3 of 26.4 MB · 1.2 MB/s · 11 s left". */
public final class DownloadText {

    private DownloadText() {
    }

    public static String progress(long done, long total, double bytesPerSecond, double etaSeconds) {
        StringBuilder s = new StringBuilder(total > 0 ? megabytes(done) + " of " + megabytes(total) + " MB" : megabytes(done) + " MB");
        if (bytesPerSecond > 0) s.append(" · ").append(rate(bytesPerSecond));
        if (Double.isFinite(etaSeconds) && bytesPerSecond > 0) s.append(" · ").append(duration(etaSeconds)).append(" left");
        return s.toString();
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    static String rate(double bytesPerSecond) {
        return bytesPerSecond >= 1e6 ? String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6)
                : String.format(Locale.ROOT, "%.0f kB/s", bytesPerSecond / 1e3);
    }

    /** "45 s", "3 min 05 s", "1 h 02 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
