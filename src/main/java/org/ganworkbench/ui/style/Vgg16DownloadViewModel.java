package org.ganworkbench.ui.style;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.data.download.Cancellation;
import org.ganworkbench.engine.data.download.DownloadException;
import org.ganworkbench.engine.data.download.DownloadListener;
import org.ganworkbench.engine.data.download.DownloadProgress;
import org.ganworkbench.engine.style.net.ZooVgg16;
import org.ganworkbench.ui.datasets.DownloadText;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.TaskRunner;

/**
 * VGG16's ImageNet weights: whether they are here, and their one-time download in the background
 * (size said before it starts, bytes and rate while it runs, Cancel keeps what arrived, a file that
 * fails the zoo's checksum is deleted and the message says so). FX thread, except where noted.
 */
final class Vgg16DownloadViewModel {

    private final ZooVgg16 zoo;
    private final TaskRunner tasks;
    private final Notices notices;
    private final Executor fx;
    private final BooleanProperty available = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(-1);
    private Cancellation cancellation;

    Vgg16DownloadViewModel(ZooVgg16 zoo, TaskRunner tasks, Notices notices, Executor fx) {
        this.zoo = zoo;
        this.tasks = tasks;
        this.notices = notices;
        this.fx = fx;
        refresh();
    }

    /** Looks again for the file (another program may have put it there). */
    void refresh() {
        available.set(zoo.cached().isPresent());
    }

    ZooVgg16 zoo() {
        return zoo;
    }

    /** The button's words: the size, and how much a resumed download already has. */
    String offer() {
        String size = "about " + ZooVgg16.APPROXIMATE_BYTES / 1_000_000 + " MB";
        long part = zoo.partialBytes();
        return part > 0 ? "Resume VGG16 download (" + DownloadText.megabytes(part) + " MB of " + size + " here)"
                : "Download VGG16 weights (" + size + ")";
    }

    void download() {
        if (running.get() || available.get()) return;
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        running.set(true);
        progress.set("Connecting to " + zoo.remoteFile().mirrors().get(0).getHost() + "...");
        tasks.run("Downloading VGG16 weights", p -> zoo.download(new Listener(p), cancel), file -> {
            if (!finish(cancel)) return;
            refresh();
            notices.info("VGG16's ImageNet weights downloaded and checked against the zoo's checksum: " + file + ".");
        }, failure -> {
            if (!finish(cancel)) return;
            refresh();
            if (failure instanceof DownloadException.Cancelled) notices.info(Notices.describe(failure));
            else notices.error(Notices.describe(failure));
        }, () -> {
            cancel.cancel();
            if (finish(cancel)) notices.info("VGG16 download cancelled; what arrived is kept for resuming.");
        });
    }

    /** Any thread. */
    void cancel() {
        Cancellation c = cancellation;
        if (c != null) c.cancel();
    }

    private boolean finish(Cancellation cancel) {
        if (cancellation != cancel) return false;
        cancellation = null;
        running.set(false);
        progress.set("");
        fraction.set(-1);
        return true;
    }

    /** On the download thread; reaches the properties through the FX executor. */
    private final class Listener implements DownloadListener {
        private final TaskRunner.Progress task;

        Listener(TaskRunner.Progress task) {
            this.task = task;
        }

        @Override
        public void progress(DownloadProgress p) {
            long total = p.bytesTotal() > 0 ? p.bytesTotal() : ZooVgg16.APPROXIMATE_BYTES;
            String text = "VGG16: " + DownloadText.progress(p.bytesDone(), p.bytesTotal(), p.bytesPerSecond(), Double.NaN)
                    + (p.bytesTotal() > 0 ? "" : " of about " + total / 1_000_000 + " MB");
            double f = Math.min(1, (double) p.bytesDone() / total);
            task.update(p.bytesDone(), total);
            fx.execute(() -> {
                if (!running.get()) return;
                progress.set(text);
                fraction.set(f);
            });
        }

        @Override
        public void note(String message) {
            fx.execute(() -> notices.info(message));
        }
    }

    ReadOnlyBooleanProperty availableProperty() { return available; }
    ReadOnlyBooleanProperty runningProperty() { return running; }
    ReadOnlyStringProperty progressProperty() { return progress; }
    ReadOnlyDoubleProperty fractionProperty() { return fraction; }
}
