package org.ganworkbench.engine.data.download;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.data.catalog.DownloadCatalogue;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RemoteFile;

/** Downloads a known dataset's files into the cache, where {@code Datasets.open} finds them. */
public final class DatasetDownloads {

    private DatasetDownloads() {
    }

    /**
     * @param sha256ByFile digests given by the user, by file name; needed for files whose digest the
     *                     catalogue does not know, and refused where they contradict the catalogue
     * @return the cache folder now holding the verified files
     */
    public static Path download(KnownDataset dataset, Path cache, Map<String, String> sha256ByFile, boolean restart,
                                Downloader downloader) {
        List<RemoteFile> files = DownloadCatalogue.filesOf(dataset);
        return download(files, CacheDirectory.datasetFolder(cache, dataset), sha256ByFile, restart, downloader);
    }

    /** The same for any list of files (tests use their own catalogue on a loopback server). */
    public static Path download(List<RemoteFile> files, Path folder, Map<String, String> sha256ByFile, boolean restart,
                                Downloader downloader) {
        for (String name : sha256ByFile.keySet()) {
            if (files.stream().noneMatch(f -> f.name().equals(name))) {
                throw new DownloadException("--sha256 names " + name + ", which is not one of the files: "
                        + String.join(", ", files.stream().map(RemoteFile::name).toList()) + ".");
            }
        }
        List<String> digests = files.stream().map(f -> digest(f, sha256ByFile.get(f.name()))).toList();
        for (int i = 0; i < files.size(); i++) downloader.fetch(files.get(i), digests.get(i), folder, restart);
        return folder;
    }

    private static String digest(RemoteFile file, String given) {
        if (given != null) {
            String g = given.toLowerCase(java.util.Locale.ROOT);
            if (!RemoteFile.isSha256(g)) throw new DownloadException("'" + given + "' is not a SHA-256 (64 hex digits).");
            if (file.sha256() != null && !file.sha256().equals(g)) {
                throw new DownloadException("The SHA-256 given for " + file.name() + " differs from the published "
                        + file.sha256() + "; refused.");
            }
            return g;
        }
        if (file.sha256() == null) {
            throw new DownloadException("No trusted SHA-256 is known for " + file.name() + ", so it is not downloaded: an"
                    + " unchecked file could be anything. If you have its digest from the dataset's publisher, pass"
                    + " --sha256 " + file.name() + "=HEX.");
        }
        return file.sha256();
    }
}
