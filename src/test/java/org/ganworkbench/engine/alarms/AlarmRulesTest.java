package org.ganworkbench.engine.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.JudgedHistory;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.QualityHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The alarm rules on histories recorded from the presets (src/test/resources/alarms, made by its
 * record.sh): each failure preset raises its alarm, the remedy presets and healthy runs raise none.
 * Replayed every 50 steps, as the studio checks a few times a second.
 */
class AlarmRulesTest {

    static RunRecord recorded(String name) {
        try {
            return RecordedRun.read(Path.of(AlarmRulesTest.class.getResource("/alarms/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"ring-vanilla, MODE_COLLAPSE", "ring-d-wins, D_WINS", "ring-minimax, VANISHING_GRADIENT",
            "ring-oscillation, OSCILLATION"})
    void eachFailurePresetRaisesItsAlarm(String preset, AlarmKind expected) {
        Map<AlarmKind, long[]> raised = RecordedRun.replay(recorded(preset), 50);
        assertTrue(raised.containsKey(expected), preset + " raised " + raised.keySet());
        assertTrue(raised.get(expected)[2] >= 5, preset + ": " + expected + " holds for a while, not one check: "
                + raised.get(expected)[2] + " checks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ring-pacgan", "ring-wgan", "digits-mlp-1500", "fashion-cgan"})
    void remedyPresetsAndHealthyRunsRaiseNone(String run) {
        assertEquals(Map.of(), RecordedRun.replay(recorded(run), 50), run);
    }

    @Test
    void theDWinsRemedySlowsDToGsRateWithOneStep() {
        RunRecord r = recorded("ring-d-wins");
        Alarm a = AlarmRules.evaluate(r).stream().filter(x -> x.kind() == AlarmKind.D_WINS).findFirst().orElseThrow();
        assertTrue(a.evidence().startsWith("Over the last 200 steps D was right 9"), a.evidence());
        Remedy remedy = a.remedy();
        assertEquals(List.of(new Remedy.Change(ConfigFields.LR_D, 1e-4), new Remedy.Change(ConfigFields.D_STEPS, 1)),
                remedy.changes(), "D's rate down to G's 1e-4, one D step instead of three");
        assertEquals("D's learning rate 2.0e-03 \u2192 1.0e-04, 1 D step", remedy.label());
        assertTrue(!remedy.resume());
        assertEquals(Presets.get("ring-d-wins").config().optimizerG().learningRate(), 1e-4);
    }

    @Test
    void aNonFiniteStepRaisesNaNWithTenthRatesAndResume() {
        RunRecord healthy = recorded("ring-pacgan");
        RunRecord paused = new RunRecord(healthy.history(), healthy.quality(), healthy.judged(), healthy.live(),
                "Training paused. Step 901: D's loss became NaN: D was not updated. Lower D's learning rate and resume.");
        Alarm a = AlarmRules.evaluate(paused).stream().filter(x -> x.kind() == AlarmKind.NON_FINITE).findFirst().orElseThrow();
        assertTrue(a.remedy().resume());
        double lrG = healthy.live().optimizerG().learningRate();
        double lrD = healthy.live().optimizerD().learningRate();
        assertEquals(List.of(new Remedy.Change(ConfigFields.LR_G, lrG / 10), new Remedy.Change(ConfigFields.LR_D, lrD / 10)),
                a.remedy().changes());
        RunRecord otherPause = new RunRecord(healthy.history(), healthy.quality(), healthy.judged(), healthy.live(),
                "Training paused: the step failed (java.lang.OutOfMemoryError).");
        assertTrue(AlarmRules.evaluate(otherPause).stream().noneMatch(x -> x.kind() == AlarmKind.NON_FINITE));
    }

    /** The judge sees one class, and is sure of it: collapse. It sees one class and is not sure (noise): no alarm. */
    @Test
    void imagesCollapseWhenTheJudgeIsSureOfFewClasses() {
        RunRecord base = recorded("digits-mlp-1500");
        JudgedHistory collapsed = new JudgedHistory();
        JudgedHistory noise = new JudgedHistory();
        for (long step = 400; step <= 600; step += 100) {
            double[] shares = {0.95, 0.05, 0, 0, 0, 0, 0, 0, 0, 0};
            collapsed.add(new JudgedPoint(step, 1000, 1, 0.95, 0.8, 900, shares, new double[0], 0.99, 9.4));
            noise.add(new JudgedPoint(step, 1000, 1, 0.95, 0.02, 4000, shares, new double[0], 0.99, 9.4));
        }
        int rows = 600;
        assertTrue(AlarmRules.evaluate(new RunRecord(base.history(), new QualityHistory(), collapsed, base.live(), ""), rows)
                .stream().anyMatch(a -> a.kind() == AlarmKind.MODE_COLLAPSE && a.evidence().startsWith("The judge finds 1 of 10")));
        assertTrue(AlarmRules.evaluate(new RunRecord(base.history(), new QualityHistory(), noise, base.live(), ""), rows)
                .stream().noneMatch(a -> a.kind() == AlarmKind.MODE_COLLAPSE));
    }

    /**
     * fashion-cgan's D is right over 90% of the time for most of the run while its images keep
     * improving: no alarm. The same losses with the judge's Fréchet distance flat: D wins.
     */
    @Test
    void aSureDWinsOnlyWhileTheJudgeSeesGStopLearning() {
        RunRecord healthy = recorded("fashion-cgan");
        int rows = 1500;
        assertTrue(AlarmRules.evaluate(healthy, rows).stream().noneMatch(a -> a.kind() == AlarmKind.D_WINS),
                "the recorded run, its Fréchet falling");
        JudgedHistory flat = new JudgedHistory();
        for (JudgedPoint p : healthy.judged().since(0)) {
            flat.add(new JudgedPoint(p.step(), p.samples(), p.classesPresent(), p.largestShare(), p.confidentShare(), 90,
                    p.shares(), p.agreement(), p.judgeAccuracy(), p.realFrechet()));
        }
        RunRecord stalled = new RunRecord(healthy.history(), healthy.quality(), flat, healthy.live(), "");
        assertTrue(AlarmRules.evaluate(stalled, rows).stream().anyMatch(a -> a.kind() == AlarmKind.D_WINS),
                "the same losses, the images no better than 1,000 steps before");
    }

    @Test
    void reversalsCountOnlySwingsOfTheGivenSize() {
        assertEquals(0, AlarmRules.reversals(new double[] {12, 9, 6, 3, 2.5, 2.6, 2.4, 2.5}, 1.0), "a single fall");
        assertEquals(3, AlarmRules.reversals(new double[] {3, 5, 3, 5, 3}, 1.0), "up, down, up, down");
        assertEquals(0, AlarmRules.reversals(new double[] {3, 3.5, 3, 3.5, 3}, 1.0), "small jitter");
    }

    @Test
    void aShortHistoryRaisesNothing() {
        RunRecord r = recorded("ring-d-wins");
        assertEquals(List.of(), AlarmRules.evaluate(r, 150), "fewer steps than any rule looks back over");
        assertEquals(List.of(), AlarmRules.evaluate(new RunRecord(new History(), new QualityHistory(), new JudgedHistory(),
                r.live(), "")));
    }
}
