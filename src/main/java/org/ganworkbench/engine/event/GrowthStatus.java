package org.ganworkbench.engine.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a progressive run's growth stands, for the studio: the stage, its resolution, how far it
 * has faded in, and the markers its stage changes draw on the charts.
 *
 * @param stage       0 for the coarsest resolution
 * @param sides       the image side of each stage, e.g. 7, 14, 28
 * @param alpha       the current stage's share of the output (1 once faded in, and at stage 0)
 * @param stageStarts steps completed when each stage after the first began
 * @param fadeInSteps how long a fade-in lasts
 * @param stepsDone   steps completed
 */
public record GrowthStatus(int stage, int[] sides, double alpha, long[] stageStarts, int fadeInSteps, long stepsDone) {

    /** A marker on the charts. */
    public record Marker(long step, String label) {
    }

    public int stages() {
        return sides.length;
    }

    public int side() {
        return sides[stage];
    }

    public boolean fading() {
        return stage > 0 && alpha < 1;
    }

    public boolean finalStage() {
        return stage == sides.length - 1;
    }

    /** e.g. "stage 2 of 3: 14x14, fading in 63%". */
    public String label() {
        String text = "stage " + (stage + 1) + " of " + sides.length + ": " + side() + "x" + side();
        return fading() ? text + ", fading in " + Math.round(alpha * 100) + "%" : text;
    }

    /**
     * The growth as it stood after {@code step} steps (at most {@link #stepsDone()}), e.g. for samples
     * rendered a few steps before this status: a stage that began after {@code b} steps trains from
     * step {@code b + 1}, and its alpha after {@code t} steps is {@code (t - b) / fadeInSteps}, as the
     * trainer computes it.
     */
    public GrowthStatus atStep(long step) {
        if (step >= stepsDone) return this;
        int began = 0;
        while (began < stageStarts.length && stageStarts[began] < step) began++;
        long[] starts = java.util.Arrays.copyOf(stageStarts, began);
        double a = began == 0 || fadeInSteps == 0 ? 1
                : Math.max(0, Math.min(1, (step - starts[began - 1]) / (double) fadeInSteps));
        return new GrowthStatus(Math.min(began, sides.length - 1), sides, a, starts, fadeInSteps, step);
    }

    /** Every stage change and the end of every completed fade-in, in step order. */
    public List<Marker> markers() {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < stageStarts.length && i + 1 < sides.length; i++) {
            String size = sides[i + 1] + "x" + sides[i + 1];
            markers.add(new Marker(stageStarts[i], fadeInSteps > 0 ? size + " fades in" : "grows to " + size));
            long faded = stageStarts[i] + fadeInSteps;
            boolean overtaken = i + 1 < stageStarts.length && stageStarts[i + 1] < faded;
            if (fadeInSteps > 0 && faded <= stepsDone && !overtaken) markers.add(new Marker(faded, size + " faded in"));
        }
        return markers;
    }
}
