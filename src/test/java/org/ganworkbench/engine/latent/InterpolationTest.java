package org.ganworkbench.engine.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.LatentPrior;
import org.junit.jupiter.api.Test;

class InterpolationTest {

    private final LatentPrior prior = new LatentPrior(100, LatentDistribution.NORMAL);

    @Test
    void bothMethodsHitTheEndpoints() {
        float[] a = prior.sample(new Rng(1), 1);
        float[] b = prior.sample(new Rng(2), 1);
        for (Interpolation.Method m : Interpolation.Method.values()) {
            float[] path = Interpolation.path(a, b, 7, m);
            assertArrayEquals(a, java.util.Arrays.copyOfRange(path, 0, 100), 1e-5f, m.name());
            assertArrayEquals(b, java.util.Arrays.copyOfRange(path, 600, 700), 1e-5f, m.name());
        }
    }

    @Test
    void slerpStaysOnTheShellWhileLerpCutsThroughTheMiddle() {
        float[] a = prior.sample(new Rng(1), 1);
        float[] b = prior.sample(new Rng(2), 1);
        double na = Interpolation.norm(a);
        double nb = Interpolation.norm(b);
        double[] slerp = Interpolation.norms(Interpolation.path(a, b, 11, Interpolation.Method.SLERP), 100);
        double[] lerp = Interpolation.norms(Interpolation.path(a, b, 11, Interpolation.Method.LERP), 100);
        // two random 100-d Gaussians are nearly orthogonal: the lerp midpoint has norm ~ |z| / sqrt(2)
        assertEquals(Math.sqrt((na * na + nb * nb) / 4), lerp[5], 0.1 * na);
        assertTrue(lerp[5] < 0.8 * Math.min(na, nb), "lerp dips inside the shell");
        for (double n : slerp) assertTrue(n > 0.95 * Math.min(na, nb) && n < 1.05 * Math.max(na, nb), "slerp norm " + n);
    }

    @Test
    void identicalAndOppositePointsDoNotDivideByZero() {
        float[] a = prior.sample(new Rng(3), 1);
        float[] same = Interpolation.slerp(a, a.clone(), 0.5);
        assertArrayEquals(a, same, 1e-6f);
        float[] neg = a.clone();
        for (int i = 0; i < neg.length; i++) neg[i] = -neg[i];
        float[] mid = Interpolation.slerp(a, neg, 0.5);
        for (float v : mid) assertTrue(Float.isFinite(v));
        float[] zero = new float[100];
        for (float v : Interpolation.slerp(zero, a, 0.3)) assertTrue(Float.isFinite(v));
    }

    @Test
    void slerpOfTwoUnitVectorsAtRightAnglesIsOnTheCircle() {
        float[] x = {1, 0};
        float[] y = {0, 1};
        float[] mid = Interpolation.slerp(x, y, 0.5);
        assertArrayEquals(new float[] {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)}, mid, 1e-6f);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Interpolation.path(new float[2], new float[2], 1, Interpolation.Method.LERP));
        assertThrows(IllegalArgumentException.class, () -> Interpolation.lerp(new float[2], new float[3], 0.5));
    }

    @Test
    void walkLoopsSmoothlyBackToItsStart() {
        int d = 100;
        int frames = 60;
        float[] walk = LatentWalk.loop(prior, 9, 4, frames);
        double maxStep = 0;
        for (int f = 0; f < frames; f++) {
            float[] a = LatentWalk.row(walk, f, d);
            float[] b = LatentWalk.row(walk, (f + 1) % frames, d); // includes last -> first
            double s = 0;
            for (int i = 0; i < d; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
            maxStep = Math.max(maxStep, Math.sqrt(s));
        }
        assertTrue(maxStep < 0.25 * Math.sqrt(d), "no jumps, including the wrap-around: " + maxStep);
        assertTrue(maxStep > 0, "it moves");
    }
}
