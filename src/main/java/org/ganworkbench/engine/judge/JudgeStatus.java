package org.ganworkbench.engine.judge;

/**
 * Where a live judge stands, for the line above the quality charts.
 *
 * @param state    what it is doing
 * @param progress training progress in [0, 1] (while TRAINING)
 * @param text     one line for people: progress, accuracy, or why there is no judge
 * @param info     the judge once READY, else null
 */
public record JudgeStatus(State state, double progress, String text, JudgeInfo info) {

    public enum State { WAITING, TRAINING, READY, UNAVAILABLE }

    static JudgeStatus waiting() {
        return new JudgeStatus(State.WAITING, 0, "The judge starts with the run.", null);
    }

    static JudgeStatus training(double progress, String text) {
        return new JudgeStatus(State.TRAINING, progress, text, null);
    }

    static JudgeStatus ready(JudgeInfo info) {
        return new JudgeStatus(State.READY, 1, "Judge: " + info.accuracySummary().substring("judge ".length()), info);
    }

    static JudgeStatus unavailable(String why) {
        return new JudgeStatus(State.UNAVAILABLE, 0, why, null);
    }
}
