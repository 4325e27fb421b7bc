package org.ganworkbench.ui.datasets;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import org.ganworkbench.engine.data.catalog.DataLocations;
import org.ganworkbench.engine.data.catalog.DownloadCatalogue;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RemoteFile;

/**
 * Where the picker looks for real datasets and downloads them from. The app uses this machine's
 * fixed places and the published mirrors; tests give their own folders and a loopback server.
 *
 * @param locations the fixed folders looked in (never a disk scan) and the cache downloads go to
 * @param catalogue the files of each downloadable dataset, with their digests and mirrors
 * @param fx        runs download progress on the FX thread ({@code Platform::runLater} in the app)
 */
public record DatasetSources(DataLocations locations, Function<KnownDataset, List<RemoteFile>> catalogue, Executor fx) {

    public static DatasetSources forThisMachine() {
        return new DatasetSources(DataLocations.forThisMachine(), DownloadCatalogue::filesOf, Platform::runLater);
    }
}
