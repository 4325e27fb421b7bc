package org.ganworkbench.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.session.ComparisonSamples;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.engine.session.SessionData;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.engine.train.TrainingRun;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare}: two runs (a run and its branch, or two branches of one session) side by side in one picture. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Two saved runs side by side: their samples from the same latent vectors, and their losses on one",
                "chart (A solid, B dashed), with the step where they part and the knob changes that separate them.",
                "e.g. compare --session runs/a/session.gwb --session runs/b/session.gwb --out compare.png",
                "     compare --session run.gwb --branch A --session run.gwb --branch B --out compare.png", ""})
final class CompareCommand implements Callable<Integer> {

    private static final int SAMPLES = 64;

    @Spec
    CommandSpec spec;

    /** One side: a session and, for a session holding several branches, which of them. */
    static final class Side {
        @Option(names = "--session", required = true, paramLabel = "FILE",
                description = "A saved run (.gwb); give it twice: run A, then run B.")
        Path session;

        @Option(names = "--branch", paramLabel = "NAME", description = "After a --session holding several branches: use this "
                + "one (info --session lists them). Default: the one the session opens on.")
        String branch;

        /** The name on the sheet: the run's folder (or file), and the branch when one was asked for. */
        String name() {
            Path parent = session.toAbsolutePath().getParent();
            String file = session.getFileName().toString();
            String run = parent != null && file.equals("session.gwb") ? parent.getFileName().toString() : file;
            return branch == null ? run : run + " [" + branch + "]";
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    List<Side> sides;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The picture to write (.png).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (sides.size() != 2) {
            throw new UserInputException("Give --session exactly twice (run A, then run B, each with its --branch if needed); got "
                    + sides.size() + ".");
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new UserInputException("--out must name a .png file, got " + out + ".");
        }
        PrintWriter err = spec.commandLine().getErr();
        Side sa = sides.get(0);
        Side sb = sides.get(1);
        // A 2D run's picture draws its generated points over the real ones: its dataset is read if it is there
        try (TrainingRun a = TrainingRun.prepare(() -> BranchOption.load(sa.session, sa.branch, w -> err.println("A: " + w),
                SessionData.IF_AVAILABLE));
             TrainingRun b = TrainingRun.prepare(() -> BranchOption.load(sb.session, sb.branch, w -> err.println("B: " + w),
                     SessionData.IF_AVAILABLE))) {
            CliRuns.awaitReady(a);
            CliRuns.awaitReady(b);
            float[] z = a.submit(ctx -> ComparisonSamples.fixedNoise(ctx, SAMPLES)).join();
            boolean shared = a.submit(ComparisonSamples::latentSize).join().equals(b.submit(ComparisonSamples::latentSize).join());
            float[] zB = shared ? z : b.submit(ctx -> ComparisonSamples.fixedNoise(ctx, SAMPLES)).join();
            int columns = (int) Math.ceil(Math.sqrt(SAMPLES));
            BufferedImage pa = a.submit(ctx -> ComparisonSamples.picture(ctx, z, columns, CompareSheet.PICTURE)).join();
            BufferedImage pb = b.submit(ctx -> ComparisonSamples.picture(ctx, zB, columns, CompareSheet.PICTURE)).join();
            long fork = fork(a.history(), b.history());
            List<String> differences = new ArrayList<>();
            differences.addAll(only("A", a.controls().interventions(), b.controls().interventions()));
            differences.addAll(only("B", b.controls().interventions(), a.controls().interventions()));
            String note = shared ? "Both grids: the same " + SAMPLES + " latent vectors (A's fixed noise)."
                    : "The runs' latent sizes differ: each grid shows its own run's fixed noise.";
            BufferedImage sheet = CompareSheet.draw(
                    new CompareSheet.Side(sa.name(), pa, a.history(), a.latest().step()),
                    new CompareSheet.Side(sb.name(), pb, b.history(), b.latest().step()),
                    fork, differences, note);
            ImageGrid.writePng(sheet, out);
            spec.commandLine().getOut().println("wrote " + out + ": A at step " + a.latest().step() + ", B at step "
                    + b.latest().step() + (fork >= 0 ? ", parting after step " + fork : ", no step differs")
                    + (differences.isEmpty() ? "" : "; " + String.join("; ", differences)));
            return 0;
        }
    }

    /** The last step the two histories share before their losses differ, or -1 when they agree as far as both go. */
    static long fork(History a, History b) {
        int n = Math.min(a.size(), b.size());
        for (int r = 0; r < n; r++) {
            for (HistoryColumn c : List.of(HistoryColumn.LOSS_D, HistoryColumn.LOSS_G)) {
                if (Double.compare(a.get(r, c), b.get(r, c)) != 0) return (long) a.get(r, HistoryColumn.STEP) - 1;
            }
        }
        return -1;
    }

    /** The knob changes in force in {@code mine} that {@code theirs} does not have, e.g. "B: lr-d 0.0002 → 0.0001 at step 800". */
    private static List<String> only(String who, List<Intervention> mine, List<Intervention> theirs) {
        List<Intervention> live = theirs.stream().filter(i -> !i.abandoned()).toList();
        return mine.stream().filter(i -> !i.abandoned())
                .filter(i -> live.stream().noneMatch(t -> t.step() == i.step() && t.key().equals(i.key())
                        && t.oldValue().equals(i.oldValue()) && t.newValue().equals(i.newValue())))
                .map(i -> who + ": " + i.label() + " at step " + i.step()).toList();
    }
}
