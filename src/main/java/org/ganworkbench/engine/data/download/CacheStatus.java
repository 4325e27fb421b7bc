package org.ganworkbench.engine.data.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.data.catalog.DownloadCatalogue;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RemoteFile;

/**
 * What the cache holds of a downloadable dataset, by file names and sizes only (cheap enough for a
 * listing; the digest was checked when each file arrived).
 *
 * @param complete   every file is there
 * @param bytesHere  bytes of finished files and partial downloads
 * @param bytesTotal the dataset's download size, or -1 when unknown
 */
public record CacheStatus(boolean complete, long bytesHere, long bytesTotal) {

    public static CacheStatus of(KnownDataset dataset, Path cache) {
        List<RemoteFile> files = DownloadCatalogue.filesOf(dataset);
        Path folder = CacheDirectory.datasetFolder(cache, dataset);
        boolean complete = true;
        long here = 0;
        for (RemoteFile f : files) {
            long done = size(folder.resolve(f.name()));
            complete &= done >= 0;
            here += done >= 0 ? done : Math.max(0, size(folder.resolve(f.name() + Downloader.PART_SUFFIX)));
        }
        return new CacheStatus(complete, here, DownloadCatalogue.totalBytes(files));
    }

    /** E.g. "downloaded", "partly downloaded (4.1 of 26.4 MB): download again to resume", "not downloaded (26.4 MB)". */
    public String summary() {
        if (complete) return "downloaded";
        String total = bytesTotal >= 0 ? megabytes(bytesTotal) + " MB" : "size unknown";
        if (bytesHere > 0) {
            return "partly downloaded (" + megabytes(bytesHere) + " of " + total + "): download again to resume";
        }
        return "not downloaded (" + total + ")";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
