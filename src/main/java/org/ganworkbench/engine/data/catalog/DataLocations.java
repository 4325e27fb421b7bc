package org.ganworkbench.engine.data.catalog;

import java.nio.file.Path;

/**
 * The folders in which datasets are looked for: never a disk scan, only fixed places below these.
 *
 * @param home           the user's home folder
 * @param workingDir     the folder the app was started in (torchvision's habit is {@code ./data})
 * @param cache          our own cache ({@link CacheDirectory})
 * @param systemDatasets where Debian's dataset packages install ({@code /usr/share/datasets})
 */
public record DataLocations(Path home, Path workingDir, Path cache, Path systemDatasets) {

    public static DataLocations forThisMachine() {
        return new DataLocations(Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath(),
                CacheDirectory.resolve(), Path.of("/usr/share/datasets"));
    }

    public DataLocations withCache(Path folder) {
        return new DataLocations(home, workingDir, folder, systemDatasets);
    }
}
