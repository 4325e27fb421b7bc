package org.ganworkbench.engine.data.download;

/**
 * How far one file's download is.
 *
 * @param file           the file name
 * @param bytesDone      bytes on disk so far (including any resumed part)
 * @param bytesTotal     the file's size, or -1 when unknown
 * @param bytesPerSecond recent transfer rate, 0 before it can be measured
 * @param etaSeconds     estimated seconds left, or NaN when unknown
 */
public record DownloadProgress(String file, long bytesDone, long bytesTotal, double bytesPerSecond, double etaSeconds) {
}
