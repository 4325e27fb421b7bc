package org.ganworkbench.ui.branches;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.train.CheckpointMark;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.charts.ChartModel;
import org.ganworkbench.ui.charts.ChartSeries;
import org.ganworkbench.ui.charts.SeriesColor;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.SnapshotMailbox;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * Two futures side by side: the window's run (A) and a branch of it (B) started from a checkpoint
 * or from now with one knob set differently. They train by turns, each at half speed; the view shows
 * both sample grids (the same fixed noise) and both losses on one chart, A solid and B dashed, with
 * the change that separates them. Keep A, keep B, or save both in one session. FX thread only.
 */
public final class BranchesViewModel {

    /** "Now" in the list of places to branch from. */
    public static final String NOW = "now";

    private final RunViewModel run;
    private final Notices notices;
    private final TaskRunner tasks;
    private final ChartSeries aD = new ChartSeries("A: D loss", HistoryColumn.LOSS_D, SeriesColor.DISCRIMINATOR);
    private final ChartSeries aG = new ChartSeries("A: G loss", HistoryColumn.LOSS_G, SeriesColor.GENERATOR);
    private final ChartSeries bD = new ChartSeries("B: D loss", HistoryColumn.LOSS_D, SeriesColor.DISCRIMINATOR).dashed();
    private final ChartSeries bG = new ChartSeries("B: G loss", HistoryColumn.LOSS_G, SeriesColor.GENERATOR).dashed();
    private final ChartModel losses = new ChartModel("Loss: A solid, B dashed", "loss", false, aD, aG, bD, bG);
    private final ObjectProperty<PixelImage> pictureA = new SimpleObjectProperty<>();
    private final ObjectProperty<PixelImage> pictureB = new SimpleObjectProperty<>();
    private final StringProperty captionA = new SimpleStringProperty("A: the run in the studio");
    private final StringProperty captionB = new SimpleStringProperty("B: not started");
    private final StringProperty change = new SimpleStringProperty("");
    private final BooleanProperty branching = new SimpleBooleanProperty();
    private final BooleanProperty saveCheckpoints = new SimpleBooleanProperty();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObjectProperty<List<String>> startingPoints = new SimpleObjectProperty<>(List.of(NOW));

    private TrainingRun a;
    private TrainingRun b;
    private final SnapshotMailbox mailboxB = new SnapshotMailbox();
    private TrainingSnapshot lastB;
    private long fork;
    private String changeLabel = "";
    /** The change that separates B from A, as a marker on the chart ("B: lr-d 0.0002 → 0.005"). */
    private Intervention forkMarker;
    private int rowsA;
    private int rowsB;
    private int cutsA;
    private float[] pointsA;
    private float[] pointsB;

    public BranchesViewModel(RunViewModel run, Notices notices, TaskRunner tasks) {
        this.run = run;
        this.notices = notices;
        this.tasks = tasks;
        run.addPulseListener(this::update);
    }

    /** The live knobs a branch may set differently. */
    public static List<ConfigField> knobs() {
        return ConfigFields.liveFields();
    }

    /**
     * Starts B from {@code from} ({@link #NOW} or "step N" as listed) with {@code field} set to the
     * value typed; A and B then train by turns.
     */
    public void branch(String from, ConfigField field, String valueText) {
        TrainingRun parent = run.engineRun();
        if (parent == null) {
            notices.error("Start or open a run first: a branch starts from the run in the studio.");
            return;
        }
        if (branching.get()) closeB();
        Object value;
        try {
            value = field.parse(valueText);
            field.check(value).ifPresent(m -> { throw new IllegalArgumentException(m); });
        } catch (IllegalArgumentException e) {
            notices.error(e.getMessage());
            return;
        }
        long id = -1;
        if (!NOW.equals(from)) {
            long step = Long.parseLong(from.replaceAll("[^0-9]", ""));
            id = parent.checkpoints().at(step).map(CheckpointMark::id).orElse(-1L);
            if (id < 0) {
                notices.error("The checkpoint at step " + step + " is no longer kept; pick another.");
                return;
            }
        }
        run.pause();
        TrainingRun child = parent.branch(id, mailboxB);
        a = parent;
        b = child;
        branching.set(true);
        clearCharts();
        tasks.run("Starting branch B", p -> {
            child.ready().get();
            int before = child.controls().interventions().size();
            child.controls().set(field, value);
            List<Intervention> after = child.controls().interventions();
            // the same value as A's is no change: B is then A again, step for step
            return after.size() > before ? after.get(after.size() - 1)
                    : new Intervention(child.latest().step(), field.key(), "", "");
        }, made -> {
            fork = made.step();
            boolean same = made.newValue().isEmpty();
            changeLabel = same ? "" : made.label();
            forkMarker = same ? null : new Intervention(made.step(), "B: " + made.key(), made.oldValue(), made.newValue());
            change.set(same ? "B starts at step " + fork + " with A's settings: it repeats A exactly (no change)"
                    : "B differs from A from step " + fork + ": " + changeLabel);
            TrainingRun.alternate(parent, child);
            run.resume();
            child.start();
        }, failure -> {
            notices.error("Could not start the branch: " + Notices.describe(failure));
            closeB();
        });
    }

    /** Keeps A: B is closed, A trains at full speed again. */
    public void keepA() {
        closeB();
    }

    /** Keeps B: it becomes the studio's run (unsaved), A is closed. */
    public void keepB() {
        if (b == null || a == null) return;
        TrainingRun kept = b;
        kept.trainAlone();
        kept.removeListener(mailboxB);
        b = null;
        a = null;
        branching.set(false);
        run.adopt(kept, run.runNameProperty().get() + " (B)");
        change.set("");
        captionB.set("B: not started");
        pictureB.set(null);
    }

    /**
     * Saves A with B nested in one session file (each with its checkpoints when
     * {@link #saveCheckpointsProperty()} is on); both go on training afterwards.
     */
    public void saveBoth(Path file, Runnable onSaved) {
        if (a == null || b == null) return;
        TrainingRun ra = a;
        TrainingRun rb = b;
        long forkStep = fork;
        String label = changeLabel;
        boolean withCheckpoints = saveCheckpoints.get();
        tasks.run("Saving both branches", p -> SessionBranches.save(ra, "A", List.of(
                new SessionBranches.Other("B", rb, "A", forkStep, label)), file, withCheckpoints).get(), saved -> {
            notices.info("Saved A and B in " + file.getFileName() + ".");
            onSaved.run();
        }, failure -> notices.error("Could not save the branches: " + Notices.describe(failure)));
    }

    private void closeB() {
        TrainingRun old = b;
        if (a != null) a.trainAlone();
        b = null;
        a = null;
        branching.set(false);
        change.set("");
        captionB.set("B: not started");
        pictureB.set(null);
        clearCharts();
        if (old != null) {
            old.removeListener(mailboxB);
            tasks.run("Closing branch B", p -> {
                old.stop();
                try {
                    old.submit(ctx -> null).get(30, java.util.concurrent.TimeUnit.SECONDS); // the step in hand ends first
                } catch (Exception notPrepared) {
                    // a branch that never got ready has no training loop to wait for
                }
                old.close();
                return null;
            }, ignored -> { }, failure -> { });
        }
    }

    /** Reads both runs' new snapshots and history rows; called on every UI pulse. */
    public void update() {
        TrainingRun now = run.engineRun();
        if (branching.get() && now != a) closeB(); // the studio's run was replaced: the pair is over
        refreshStartingPoints(now);
        TrainingSnapshot sa = run.snapshot();
        if (sa != null) {
            captionA.set("A: " + run.runNameProperty().get() + ", step " + sa.step());
            if (sa.samples() != null) pictureA.set(BranchPicture.grid(sa.samples()));
            if (sa.points() != null) pointsA = sa.points();
        }
        TrainingSnapshot sb = mailboxB.poll();
        if (sb != null) lastB = sb;
        if (b != null && lastB != null) {
            captionB.set("B: step " + lastB.step() + (changeLabel.isEmpty() ? "" : " (" + changeLabel + ")"));
            if (lastB.samples() != null) pictureB.set(BranchPicture.grid(lastB.samples()));
            if (lastB.points() != null) pointsB = lastB.points();
        }
        if (pointsA != null) {
            double extent = BranchPicture.extent(pointsA, b == null ? null : pointsB);
            pictureA.set(BranchPicture.points(pointsA, extent));
            if (b != null && pointsB != null) pictureB.set(BranchPicture.points(pointsB, extent));
        }
        readHistories();
    }

    private void refreshStartingPoints(TrainingRun now) {
        List<String> points = new ArrayList<>();
        points.add(NOW);
        if (now != null) now.checkpoints().marks().forEach(m -> points.add("step " + m.step()));
        List<String> distinct = points.stream().distinct().toList();
        if (!distinct.equals(startingPoints.get())) startingPoints.set(distinct);
    }

    private void readHistories() {
        History ha = run.history();
        boolean changed = false;
        if (ha != null) {
            if (ha.cuts() != cutsA || ha.size() < rowsA) {
                cutsA = ha.cuts();
                aD.clear();
                aG.clear();
                rowsA = 0;
            }
            changed |= read(ha, rowsA, aD, aG);
            rowsA = ha.size();
        }
        if (b != null && b.ready().isDone()) {
            History hb = b.history();
            changed |= read(hb, rowsB, bD, bG);
            rowsB = hb.size();
        }
        if (changed) {
            if (b != null && forkMarker != null) losses.setMarkers(List.of(forkMarker));
            else losses.setMarkers(List.of());
            revision.set(revision.get() + 1);
        }
    }

    private static boolean read(History h, int from, ChartSeries d, ChartSeries g) {
        int n = h.size();
        for (int r = from; r < n; r++) {
            double step = h.get(r, HistoryColumn.STEP);
            d.add(step, h.get(r, HistoryColumn.LOSS_D));
            g.add(step, h.get(r, HistoryColumn.LOSS_G));
        }
        return n > from;
    }

    private void clearCharts() {
        for (ChartSeries s : List.of(aD, aG, bD, bG)) s.clear();
        losses.setMarkers(List.of());
        rowsA = 0;
        rowsB = 0;
        lastB = null;
        pointsB = null;
        revision.set(revision.get() + 1);
    }

    public ChartModel losses() { return losses; }
    public ObjectProperty<PixelImage> pictureAProperty() { return pictureA; }
    public ObjectProperty<PixelImage> pictureBProperty() { return pictureB; }
    public StringProperty captionAProperty() { return captionA; }
    public StringProperty captionBProperty() { return captionB; }
    public StringProperty changeProperty() { return change; }
    public BooleanProperty branchingProperty() { return branching; }
    /** Whether Save both keeps each branch's checkpoints in the file too. */
    public BooleanProperty saveCheckpointsProperty() { return saveCheckpoints; }
    public IntegerProperty revisionProperty() { return revision; }
    public ObjectProperty<List<String>> startingPointsProperty() { return startingPoints; }

    /** B's run while branching, else null (tests). */
    public TrainingRun branchRun() {
        return b;
    }
}
