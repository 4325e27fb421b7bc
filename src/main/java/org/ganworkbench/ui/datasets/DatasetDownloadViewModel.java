package org.ganworkbench.ui.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.data.catalog.DownloadCatalogue;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RemoteFile;
import org.ganworkbench.engine.data.download.Cancellation;
import org.ganworkbench.engine.data.download.CacheStatus;
import org.ganworkbench.engine.data.download.DatasetDownloads;
import org.ganworkbench.engine.data.download.DownloadException;
import org.ganworkbench.engine.data.download.DownloadListener;
import org.ganworkbench.engine.data.download.DownloadProgress;
import org.ganworkbench.engine.data.download.DownloadSettings;
import org.ganworkbench.engine.data.download.Downloader;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.TaskRunner;

/**
 * Downloads a real dataset into the cache in the background, one at a time: bytes, rate and time
 * left while it runs, a Cancel that aborts the connection at once (what arrived is kept for
 * resuming), and on success the dataset is handed to {@code onDownloaded}. A file that fails its
 * SHA-256 check is deleted by the engine and its message shown; nothing is selected then.
 * FX thread, except where noted.
 */
public final class DatasetDownloadViewModel {

    /** A dataset the Download menu offers, with its size and what the cache already holds. */
    public record Offer(KnownDataset dataset, String label) {
    }

    private final DatasetSources sources;
    private final TaskRunner tasks;
    private final Notices notices;
    private final Consumer<KnownDataset> onDownloaded;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(-1);
    private Cancellation cancellation;

    DatasetDownloadViewModel(DatasetSources sources, TaskRunner tasks, Notices notices, Consumer<KnownDataset> onDownloaded) {
        this.sources = sources;
        this.tasks = tasks;
        this.notices = notices;
        this.onDownloaded = onDownloaded;
    }

    /** The real datasets not found on this machine, e.g. "MNIST (9.9 MB)" or "KMNIST (resume: 4.0 of 18.2 MB)". */
    public List<Offer> offers() {
        return java.util.Arrays.stream(KnownDataset.values())
                .filter(d -> DatasetEntries.firstCopy(d, sources.locations()).isEmpty())
                .map(d -> new Offer(d, d.displayName() + " (" + sizeNote(d) + ")")).toList();
    }

    private String sizeNote(KnownDataset d) {
        long total = DownloadCatalogue.totalBytes(sources.catalogue().apply(d));
        CacheStatus status = CacheStatus.of(d, sources.locations().cache());
        String size = total >= 0 ? DownloadText.megabytes(total) + " MB" : "size unknown";
        return status.bytesHere() > 0 ? "resume: " + DownloadText.megabytes(status.bytesHere()) + " of " + size : size;
    }

    /** Starts downloading {@code dataset}; ignored while another download runs. */
    public void download(KnownDataset dataset) {
        if (running.get()) return;
        List<RemoteFile> files = sources.catalogue().apply(dataset);
        long total = DownloadCatalogue.totalBytes(files);
        Path folder = CacheDirectory.datasetFolder(sources.locations().cache(), dataset);
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        running.set(true);
        fraction.set(-1);
        progressText.set("Downloading " + dataset.displayName() + "...");
        tasks.run("Downloading " + dataset.displayName(), p -> {
            DownloadListener listener = new ProgressListener(dataset, files, total, p);
            Downloader downloader = new Downloader(DownloadSettings.DEFAULT, listener, cancel);
            return DatasetDownloads.download(files, folder, Map.of(), false, downloader);
        }, done -> {
            if (!finish(cancel)) return;
            notices.info(dataset.displayName() + " downloaded and verified, in " + done + ".");
            onDownloaded.accept(dataset);
        }, failure -> {
            if (!finish(cancel)) return;
            if (failure instanceof DownloadException.Cancelled) notices.info(Notices.describe(failure));
            else notices.error(Notices.describe(failure));
        }, () -> {
            cancel.cancel();
            if (finish(cancel)) notices.info("Download of " + dataset.displayName() + " cancelled; what arrived is kept for resuming.");
        });
    }

    /** Stops the running download; its callbacks then report the cancel. Any thread. */
    public void cancel() {
        Cancellation c = cancellation;
        if (c != null) c.cancel();
    }

    /** True when this download is still the one shown (a late callback of an older one changes nothing). */
    private boolean finish(Cancellation cancel) {
        if (cancellation != cancel) return false;
        cancellation = null;
        running.set(false);
        progressText.set("");
        fraction.set(-1);
        return true;
    }

    /** Reports on the download thread; the numbers reach the properties through the FX executor. */
    private final class ProgressListener implements DownloadListener {
        private final KnownDataset dataset;
        private final List<RemoteFile> files;
        private final long total;
        private final TaskRunner.Progress task;

        ProgressListener(KnownDataset dataset, List<RemoteFile> files, long total, TaskRunner.Progress task) {
            this.dataset = dataset;
            this.files = files;
            this.total = total;
            this.task = task;
        }

        @Override
        public void progress(DownloadProgress p) {
            long before = 0; // the files fetched before this one are complete
            for (RemoteFile f : files) {
                if (f.name().equals(p.file())) break;
                before += Math.max(0, f.size());
            }
            long done = before + p.bytesDone();
            double eta = total > 0 && p.bytesPerSecond() > 0 ? (total - done) / p.bytesPerSecond() : Double.NaN;
            String text = dataset.displayName() + ": " + DownloadText.progress(done, total, p.bytesPerSecond(), eta);
            double f = total > 0 ? Math.min(1, (double) done / total) : -1;
            if (total > 0) task.update(done, total); // the status bar's bar
            sources.fx().execute(() -> {
                if (!running.get()) return;
                progressText.set(text);
                fraction.set(f);
            });
        }

        @Override
        public void note(String message) {
            sources.fx().execute(() -> notices.info(message));
        }
    }

    public ReadOnlyBooleanProperty runningProperty() { return running; }
    /** "Fashion-MNIST: 12.3 of 26.5 MB · 1.2 MB/s · 12 s left" while a download runs, else empty. */
    public ReadOnlyStringProperty progressTextProperty() { return progressText; }
    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty fractionProperty() { return fraction; }
}
