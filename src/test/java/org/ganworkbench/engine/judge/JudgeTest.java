package org.ganworkbench.engine.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.metrics.ClassVerdicts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The judge learns the digits, and its numbers mean what they say on real, single-class and noise images. */
@Tag("slow")
class JudgeTest {

    @Test
    void learnsTheDigitsWellAboveChance() {
        Judge judge = JudgeFixtures.digitsJudge();
        JudgeInfo info = judge.info();
        assertEquals(200, info.heldOutCount(), "a tenth held out");
        assertEquals(1800, info.trainedExamples());
        assertTrue(info.heldOutAccuracy() > 0.9, "held-out accuracy " + info.heldOutAccuracy());
        assertEquals(JudgeFixtures.digits().fingerprint(), info.fingerprint());
        assertTrue(info.accuracySummary().matches("judge \\d+\\.\\d% accurate on 200 held-out images"), info.accuracySummary());
    }

    @Test
    void realDigitsAreSpreadOverEveryClassAndAgreeWithTheirLabels() {
        Judge judge = JudgeFixtures.digitsJudge();
        ImageDataset data = JudgeFixtures.digits();
        int n = 500;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = data.label(i);
        JudgeReport r = judge.report(JudgeFixtures.images(data, 0, n), n, labels);
        assertEquals(10, r.verdicts().classesPresent(), r.verdicts().summary());
        assertTrue(r.verdicts().largestShare() < 0.15, r.verdicts().summary());
        assertTrue(r.verdicts().meanAgreement() > 0.9, "agreement " + r.verdicts().meanAgreement());
        assertTrue(r.describe().contains("agreement"), r.describe());
    }

    /**
     * The Fréchet calibration: two real samples are close; pure noise and a single class are far.
     * Real vs real is compared with the held-out reference the judge keeps.
     */
    @Test
    void frechetDistanceIsSmallForRealAndLargeForNoiseOrOneClass() {
        Judge judge = JudgeFixtures.digitsJudge();
        ImageDataset data = JudgeFixtures.digits();
        int n = 1000;
        double real = judge.frechetDistance(JudgeFixtures.images(data, 0, n), n);

        float[] noise = new float[n * 784];
        new Rng(3).fillUniform(noise, 0, noise.length, -1, 1);
        double noisy = judge.frechetDistance(noise, n);

        float[] sevens = new float[n * 784];
        int found = 0;
        for (int i = 0; found < n; i++) {
            if (data.label(i % data.size()) == 7) data.copyExample(i % data.size(), sevens, found++ * 784);
        }
        double oneClass = judge.frechetDistance(sevens, n);

        assertTrue(noisy > 10 * real, "noise " + noisy + " vs real " + real);
        assertTrue(oneClass > 5 * real, "one class " + oneClass + " vs real " + real);
        ClassVerdicts v = judge.report(sevens, n, null).verdicts();
        assertTrue(v.classesPresent() <= 2 && v.largestShare() > 0.9, "collapse shows in the histogram: " + v.summary());
    }

    @Test
    void unlabelledImagesGetNoJudge() {
        ImageDataset unlabelled = new ImageDataset("folder:/cats", "cats", DataShape.image(1, 28, 28),
                new byte[500 * 784], null, List.of());
        NoJudgeException e = assertThrows(NoJudgeException.class,
                () -> JudgeTraining.train(unlabelled, JudgeFixtures.QUICK, JudgeTraining.Progress.NONE, () -> false));
        assertTrue(e.getMessage().startsWith("No judge for unlabelled data"), e.getMessage());
        ImageDataset tiny = new ImageDataset("folder:/pets", "pets", DataShape.image(1, 28, 28),
                new byte[20 * 784], new int[20], List.of("cat", "dog"));
        assertTrue(JudgeTraining.unavailableReason(tiny).orElseThrow().contains("20 images"));
    }
}
