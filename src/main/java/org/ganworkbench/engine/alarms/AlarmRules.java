package org.ganworkbench.engine.alarms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.QualityPoint;

/**
 * The alarm rules: each names a failure from what the run recorded, with the numbers, and offers
 * the remedy a teacher would try first. The README lists them; the tests replay the failure
 * presets' recorded histories through them (each raises its alarm; the remedy presets raise none).
 *
 * <ul>
 *   <li><b>D wins</b> (sigmoid losses): over the last {@value #D_WINS_STEPS} steps D's median accuracy
 *       is at least {@value #D_WINS_ACCURACY} and its median loss at most {@value #D_WINS_LOSS} (D(x)
 *       about 0.8 or more and D(G(z)) about 0.2 or less), unless the judge shows G still learning: on
 *       image runs with a judge, its Fréchet distance at least {@value #D_WINS_STILL_LEARNING} lower
 *       than {@value #D_WINS_LEARNING_STEPS} steps before (a DCGAN's D is this sure for most of a
 *       healthy run). Remedy: D's learning rate down to G's (or halved when it is not above it) and
 *       one D step per G step.</li>
 *   <li><b>G's gradient vanished</b> (sigmoid losses): over the last {@value #VANISHING_STEPS} steps
 *       the median norm of G's gradient is below {@value #VANISHING_NORM} while D(G(z)) is below
 *       {@value #VANISHING_D_FAKE}: D rejects every fake so surely that the saturating loss gives G
 *       nothing to learn from. Remedy: instance noise, so real and fake overlap again.</li>
 *   <li><b>Mode collapse</b> (from step {@value #COLLAPSE_FROM}): on a mixture of Gaussians, the last
 *       {@value #COLLAPSE_POINTS} coverage measurements cover at most a quarter of the modes while at least
 *       {@value #COLLAPSE_ON_MODES} of the samples sit on a mode (G has gathered onto a few; points that sit
 *       nowhere are another failure); on images with a judge (unconditional
 *       runs), the last {@value #COLLAPSE_POINTS} measurements find at most a quarter of the classes
 *       present or one class holding at least {@value #COLLAPSE_SHARE} of the samples, while the judge
 *       is sure of at least {@value #COLLAPSE_CONFIDENT} of them (noise also lands in one class, but
 *       the judge is not sure of it). Remedy: unrolled D steps.</li>
 *   <li><b>Oscillation</b>: over the last {@value #OSCILLATION_STEPS} steps, the {@value #OSCILLATION_BLOCK}-step
 *       means of G's loss reverse direction at least {@value #OSCILLATION_TURNS} times by at least
 *       {@value #OSCILLATION_SWING} each, or the {@value #OSCILLATION_BLOCK_D}-step means of D's loss by at least {@value #OSCILLATION_SWING_D}
 *       (up, down, up, down...; a single fall, as when a run settles, is no reversal). Remedy: both learning rates to a tenth.</li>
 *   <li><b>NaN</b>: a step's loss or gradient became NaN or infinite (training paused). Remedy: both
 *       learning rates to a tenth, and resume.</li>
 * </ul>
 */
public final class AlarmRules {

    public static final int D_WINS_STEPS = 200;
    public static final double D_WINS_ACCURACY = 0.9;
    public static final double D_WINS_LOSS = 0.45;
    public static final int D_WINS_LEARNING_STEPS = 1000;
    public static final double D_WINS_STILL_LEARNING = 0.1;
    public static final int VANISHING_STEPS = 100;
    public static final double VANISHING_NORM = 1e-3;
    public static final double VANISHING_D_FAKE = 0.02;
    public static final double VANISHING_NOISE = 0.3;
    public static final int COLLAPSE_POINTS = 3;
    public static final int COLLAPSE_FROM = 300;
    public static final double COLLAPSE_ON_MODES = 0.1;
    public static final double COLLAPSE_CONFIDENT = 0.5;
    public static final double COLLAPSE_SHARE = 0.6;
    public static final int COLLAPSE_UNROLL = 5;
    public static final int OSCILLATION_STEPS = 600;
    public static final int OSCILLATION_BLOCK = 50;
    public static final double OSCILLATION_SWING = 1.0;
    public static final double OSCILLATION_SWING_D = 0.5;
    public static final int OSCILLATION_BLOCK_D = 25;
    public static final int OSCILLATION_TURNS = 4;

    private AlarmRules() {
    }

    /** The alarms the whole record raises now. */
    public static List<Alarm> evaluate(RunRecord r) {
        return evaluate(r, r.history().size());
    }

    /** The alarms the record raised when it had only its first {@code rows} history rows (replays). */
    public static List<Alarm> evaluate(RunRecord r, int rows) {
        List<Alarm> alarms = new ArrayList<>();
        if (rows == 0) return alarms;
        long step = (long) r.history().get(rows - 1, HistoryColumn.STEP);
        nonFinite(r, step, alarms);
        boolean sigmoid = r.live().loss().usesSigmoid();
        Window w = Window.last(r.history(), rows, D_WINS_STEPS);
        if (sigmoid && w != null && !judgeSeesGLearning(r, step)) dWins(w, r.live(), alarms);
        Window v = Window.last(r.history(), rows, VANISHING_STEPS);
        if (sigmoid && v != null) vanishing(v, r.live(), alarms);
        collapse(r, step, alarms);
        Window o = Window.last(r.history(), rows, OSCILLATION_STEPS);
        if (o != null) oscillation(o, r.live(), alarms);
        return alarms;
    }

    private static void nonFinite(RunRecord r, long step, List<Alarm> alarms) {
        String p = r.lastProblem() == null ? "" : r.lastProblem();
        if (!p.contains("became NaN") && !p.contains("became Infinity") && !p.contains("became -Infinity")) return;
        alarms.add(new Alarm(AlarmKind.NON_FINITE, step, p, new Remedy(
                "Both learning rates to a tenth, and resume", Remedies.tenthOfBothRates(r.live()), true)));
    }

    /**
     * True when the judge's Fréchet distance now is at least {@value #D_WINS_STILL_LEARNING} below
     * its value {@value #D_WINS_LEARNING_STEPS} steps before (or its first, early in a run): G's
     * images are still getting closer to the real ones, however sure D is.
     */
    static boolean judgeSeesGLearning(RunRecord r, long step) {
        List<JudgedPoint> judged = r.judged().since(0).stream().filter(p -> p.step() <= step).toList();
        if (judged.size() < 2) return false;
        JudgedPoint now = judged.get(judged.size() - 1);
        JudgedPoint before = judged.get(0);
        for (JudgedPoint p : judged) if (p.step() <= now.step() - D_WINS_LEARNING_STEPS) before = p;
        return now.frechet() <= (1 - D_WINS_STILL_LEARNING) * before.frechet();
    }

    private static void dWins(Window w, GanConfig live, List<Alarm> alarms) {
        double accuracy = w.median(HistoryColumn.D_ACCURACY);
        double loss = w.median(HistoryColumn.LOSS_D);
        if (!(accuracy >= D_WINS_ACCURACY && loss <= D_WINS_LOSS)) return;
        String evidence = String.format(Locale.ROOT, "Over the last %d steps D was right %.0f%% of the time; D(x) %.2f, "
                        + "D(G(z)) %.2f, D's loss %.2f. G learns little from a D that is this sure.", w.length(), 100 * accuracy,
                w.median(HistoryColumn.D_REAL), w.median(HistoryColumn.D_FAKE), loss);
        alarms.add(new Alarm(AlarmKind.D_WINS, w.lastStep(), evidence, Remedies.slowerDiscriminator(live)));
    }

    private static void vanishing(Window w, GanConfig live, List<Alarm> alarms) {
        double norm = w.median(HistoryColumn.GRAD_NORM_G);
        double fake = w.median(HistoryColumn.D_FAKE);
        if (!(norm < VANISHING_NORM && fake < VANISHING_D_FAKE)) return;
        String evidence = String.format(Locale.ROOT, "Over the last %d steps G's gradient norm was %.1e and D(G(z)) %.3f: "
                + "D rejects every fake so surely that %s gives G almost nothing to learn from.", w.length(), norm, fake,
                live.loss().name().equals("MINIMAX") ? "the saturating minimax loss" : "the loss");
        alarms.add(new Alarm(AlarmKind.VANISHING_GRADIENT, w.lastStep(), evidence, new Remedy(
                String.format(Locale.ROOT, "Instance noise %.1f", VANISHING_NOISE),
                List.of(new Remedy.Change(ConfigFields.INSTANCE_NOISE, VANISHING_NOISE)), false)));
    }

    private static void collapse(RunRecord r, long step, List<Alarm> alarms) {
        if (step < COLLAPSE_FROM) return;
        List<QualityPoint> coverage = r.quality().since(0).stream().filter(p -> p.step() <= step && p.totalModes() > 0).toList();
        if (coverage.size() >= COLLAPSE_POINTS) {
            List<QualityPoint> last = coverage.subList(coverage.size() - COLLAPSE_POINTS, coverage.size());
            int total = last.get(0).totalModes();
            int limit = Math.max(1, total / 4);
            if (last.stream().allMatch(p -> p.modesCovered() <= limit && p.highQuality() >= COLLAPSE_ON_MODES)) {
                QualityPoint p = last.get(COLLAPSE_POINTS - 1);
                alarms.add(new Alarm(AlarmKind.MODE_COLLAPSE, step, String.format(Locale.ROOT,
                        "The last %d measurements cover at most %d of %d modes (now %d): G puts its samples on a few modes "
                                + "and D chases them from one to the next.", COLLAPSE_POINTS, limit, total, p.modesCovered()),
                        Remedies.unrolled(r.live())));
                return;
            }
        }
        List<JudgedPoint> judged = r.judged().since(0).stream().filter(p -> p.step() <= step && !p.conditional()).toList();
        if (judged.size() < COLLAPSE_POINTS) return;
        List<JudgedPoint> last = judged.subList(judged.size() - COLLAPSE_POINTS, judged.size());
        int limit = Math.max(1, last.get(0).classes() / 4);
        if (last.stream().allMatch(p -> (p.classesPresent() <= limit || p.largestShare() >= COLLAPSE_SHARE)
                && p.confidentShare() >= COLLAPSE_CONFIDENT)) {
            JudgedPoint p = last.get(COLLAPSE_POINTS - 1);
            alarms.add(new Alarm(AlarmKind.MODE_COLLAPSE, step, String.format(Locale.ROOT,
                    "The judge finds %d of %d classes in G's samples, the largest holding %.0f%% (the last %d measurements "
                            + "alike): G draws a few kinds of image only.", p.classesPresent(), p.classes(),
                    100 * p.largestShare(), COLLAPSE_POINTS), Remedies.unrolled(r.live())));
        }
    }

    private static void oscillation(Window w, GanConfig live, List<Alarm> alarms) {
        // G's loss swings in some runs; in others (ring-oscillation) G's loss wanders while D's jumps
        String swung = swing(w, HistoryColumn.LOSS_G, "G's loss", OSCILLATION_BLOCK, OSCILLATION_SWING);
        if (swung == null) swung = swing(w, HistoryColumn.LOSS_D, "D's loss", OSCILLATION_BLOCK_D, OSCILLATION_SWING_D);
        if (swung == null) return;
        String evidence = String.format(Locale.ROOT, "Over the last %d steps %s: the two networks chase each other "
                + "instead of settling.", w.length(), swung);
        alarms.add(new Alarm(AlarmKind.OSCILLATION, w.lastStep(), evidence,
                new Remedy("Both learning rates to a tenth", Remedies.tenthOfBothRates(live), false)));
    }

    /** "D's loss, averaged per 50 steps, swung between ... and reversed n times", or null if it did not. */
    private static String swing(Window w, HistoryColumn column, String name, int block, double swing) {
        double[] means = w.blockMeans(column, block);
        for (double m : means) if (!Double.isFinite(m)) return null;
        int turns = reversals(means, swing);
        if (turns < OSCILLATION_TURNS) return null;
        double lo = java.util.Arrays.stream(means).min().orElse(0);
        double hi = java.util.Arrays.stream(means).max().orElse(0);
        return String.format(Locale.ROOT, "%s, averaged per %d steps, swung between %.2f and %.2f and reversed %d times",
                name, block, lo, hi, turns);
    }

    /**
     * How often a series reverses direction by at least {@code swing} (a zigzag count): the run
     * rises at least {@code swing} above a low, then falls at least {@code swing} below the high, ...
     */
    static int reversals(double[] v, double swing) {
        int turns = 0;
        int direction = 0;
        double hi = v[0];
        double lo = v[0];
        for (int i = 1; i < v.length; i++) {
            double x = v[i];
            if (direction == 0) {
                if (x - lo >= swing) {
                    direction = 1;
                    hi = x;
                } else if (hi - x >= swing) {
                    direction = -1;
                    lo = x;
                } else {
                    hi = Math.max(hi, x);
                    lo = Math.min(lo, x);
                }
            } else if (direction > 0) {
                if (x > hi) {
                    hi = x;
                } else if (hi - x >= swing) {
                    turns++;
                    direction = -1;
                    lo = x;
                }
            } else if (x < lo) {
                lo = x;
            } else if (x - lo >= swing) {
                turns++;
                direction = 1;
                hi = x;
            }
        }
        return turns;
    }
}
