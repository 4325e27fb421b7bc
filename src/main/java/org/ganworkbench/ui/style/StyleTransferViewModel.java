package org.ganworkbench.ui.style;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.style.FeatureNetworks;
import org.ganworkbench.engine.style.NetworkKind;
import org.ganworkbench.engine.style.StyleExports;
import org.ganworkbench.engine.style.StyleRun;
import org.ganworkbench.engine.style.StyleSessionFiles;
import org.ganworkbench.engine.style.StyleSetup;
import org.ganworkbench.engine.style.StyleSnapshot;
import org.ganworkbench.engine.style.StyleSource;
import org.ganworkbench.engine.style.net.ZooVgg16;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * The Style transfer tab: one style transfer at a time on its own engine thread. Its snapshots land
 * in a latest-wins mailbox that {@link #pulse()} (the window's throttled UI pulse) applies: the
 * picture, the iteration and speed, the charts. Commands return at once; saving, exporting and
 * preparing run in the background. FX thread.
 */
public final class StyleTransferViewModel {

    private final Notices notices;
    private final TaskRunner tasks;
    private final StyleSetupViewModel setup;
    private final StyleKnobsViewModel knobs;
    private final StyleChartsViewModel charts = new StyleChartsViewModel();
    private final Vgg16DownloadViewModel vgg16;
    private final AtomicReference<StyleSnapshot> mailbox = new AtomicReference<>();
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>();
    private final SimpleLongProperty iteration = new SimpleLongProperty();
    private final ObjectProperty<PixelImage> image = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty networkInUse = new SimpleStringProperty("");
    private StyleRun run;
    private String lastMessage = "";

    public StyleTransferViewModel(Notices notices, TaskRunner tasks, Executor fx, ZooVgg16 zoo) {
        this.notices = notices;
        this.tasks = tasks;
        this.setup = new StyleSetupViewModel(tasks, notices);
        this.knobs = new StyleKnobsViewModel(notices);
        this.vgg16 = new Vgg16DownloadViewModel(zoo, tasks, notices, fx);
        setup.networkProperty().addListener((obs, o, n) -> knobs.networkChosen(n));
    }

    // ------------------------------------------------------------------ commands

    /** Starts a fresh run with the setup and knobs shown, or resumes a paused one. */
    public void start() {
        if (run != null) {
            run.start();
            return;
        }
        if (setup.networkProperty().get() == NetworkKind.VGG16 && !vgg16.availableProperty().get()) {
            notices.error("VGG16's weights are not here yet: download them (" + vgg16.offer().replaceFirst("^Download VGG16 weights ", "")
                    + ") or choose the built-in network.");
            return;
        }
        StyleSetup s = setup.setup(1);
        PictureChoice content = setup.contentProperty().get();
        PictureChoice style = setup.styleProperty().get();
        var k = knobs.current();
        launch(() -> StyleSource.fresh(s, k, content.render(s.size()), content.title(), style.render(s.size()), style.title()), true);
    }

    private void launch(java.util.function.Supplier<StyleSource> source, boolean startAtOnce) {
        ZooVgg16 zoo = vgg16.zoo();
        StyleRun r = StyleRun.prepare(source, s -> FeatureNetworks.build(s, zoo), mailbox::set);
        run = r;
        setup.lockedProperty().set(true);
        state.set(RunState.PREPARING);
        status.set("Preparing...");
        charts.clear();
        tasks.run("Preparing the style transfer", p -> r.ready().get(), ctx -> {
            if (run != r) return;
            knobs.attach(ctx.controls(), ctx.optimisation().network().layers());
            if (startAtOnce) r.start();
        }, failure -> {
            if (run != r) return;
            notices.error("Could not start the style transfer: " + Notices.describe(failure));
            reset();
        });
    }

    public void pause() {
        if (run != null) run.pause();
    }

    public void step() {
        if (run != null) run.step();
    }

    public void stop() {
        if (run != null) run.stop();
    }

    /** Discards the run (its thread ends in the background); the settings stay for the next one. */
    public void reset() {
        StyleRun old = run;
        run = null;
        mailbox.set(null);
        knobs.detach();
        setup.lockedProperty().set(false);
        state.set(null);
        iteration.set(0);
        image.set(null);
        status.set("");
        networkInUse.set("");
        charts.clear();
        if (old != null) {
            tasks.run("Closing a style transfer", p -> {
                old.stop();
                try {
                    old.submit(ctx -> null).get(30, TimeUnit.SECONDS);
                } catch (Exception notReady) {
                    // a run that never got ready has nothing to wait for
                }
                old.close();
                return null;
            }, ignored -> { }, failure -> { });
        }
    }

    public void exportPng(Path file) {
        background("Exporting " + file.getFileName(), r -> StyleExports.png(r, file).get(), "Picture saved to " + file + ".");
    }

    public void exportGif(Path file) {
        background("Exporting " + file.getFileName(), r -> StyleExports.gif(r, file).get(), "Progress saved to " + file + ".");
    }

    public void save(Path file) {
        background("Saving " + file.getFileName(), r -> StyleSessionFiles.save(r, file).get(), "Saved " + file
                + "; open it here or continue it with `style --resume`.");
    }

    /** Opens a saved style transfer in place of the current one, paused where it stopped. */
    public void open(Path file) {
        tasks.run("Opening " + file.getFileName(), p -> StyleSessionFiles.load(file), source -> {
            if (source.setup().network() == NetworkKind.VGG16 && !vgg16.availableProperty().get()) {
                notices.error(file.getFileName() + " was made with VGG16, whose weights are not on this machine: download them first.");
                return;
            }
            reset();
            setup.networkProperty().set(source.setup().network());
            setup.sizeProperty().set(source.setup().size());
            setup.startProperty().set(source.setup().start());
            knobs.show(source.knobs());
            launch(() -> source, false);
            notices.info("Opened " + file.getFileName() + " at iteration " + source.resume().iterations() + ".");
        }, failure -> notices.error("Could not open " + file.getFileName() + ": " + Notices.describe(failure)));
    }

    private void background(String title, RunTask work, String done) {
        StyleRun r = run;
        if (r == null || !r.ready().isDone()) {
            notices.warning("Start a style transfer first.");
            return;
        }
        tasks.run(title, p -> work.apply(r), ok -> notices.info(done), failure -> notices.error(Notices.describe(failure)));
    }

    @FunctionalInterface
    private interface RunTask {
        Object apply(StyleRun run) throws Exception;
    }

    // ------------------------------------------------------------------ the FX side of the mailbox

    /** Applies the newest snapshot and the charts' new rows; the window calls it on every UI pulse. */
    public void pulse() {
        StyleRun r = run;
        if (r == null) return;
        StyleSnapshot s = mailbox.getAndSet(null);
        if (s != null) apply(s);
        if (r.ready().isDone() && !r.ready().isCompletedExceptionally()) {
            List<Intervention> marks = r.controls().interventions();
            charts.update(r.history(), marks);
        }
    }

    private void apply(StyleSnapshot s) {
        if (s.state() == RunState.FAILED) return; // the preparation's failure is reported by launch
        state.set(s.state());
        iteration.set(s.iteration());
        if (s.image() != null) image.set(StyleSetupViewModel.pixels(s.image()));
        networkInUse.set(s.network());
        String speed = s.perSecond() > 0 ? String.format(Locale.ROOT, " · %.1f it/s", s.perSecond()) : "";
        status.set("Iteration " + s.iteration() + speed + (s.network().isEmpty() ? "" : " · " + s.network()));
        if (!s.message().isEmpty() && !s.message().equals(lastMessage)) notices.warning(s.message());
        lastMessage = s.message();
    }

    // ------------------------------------------------------------------ reading

    StyleSetupViewModel setup() { return setup; }
    StyleKnobsViewModel knobs() { return knobs; }
    StyleChartsViewModel charts() { return charts; }
    Vgg16DownloadViewModel vgg16() { return vgg16; }
    public ReadOnlyObjectProperty<RunState> stateProperty() { return state; }
    public ReadOnlyLongProperty iterationProperty() { return iteration; }
    public ReadOnlyObjectProperty<PixelImage> imageProperty() { return image; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    ReadOnlyStringProperty networkInUseProperty() { return networkInUse; }
    boolean hasRun() { return run != null; }
}
