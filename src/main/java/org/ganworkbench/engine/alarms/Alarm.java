package org.ganworkbench.engine.alarms;

/**
 * A failure seen in a run's records, with the numbers that show it and the remedy to offer.
 *
 * @param kind     which failure
 * @param step     the step the records reach when it was seen
 * @param evidence the measurements behind it, in words, e.g. "D has been right 94% of the time over 200 steps"
 * @param remedy   the one-click fix
 */
public record Alarm(AlarmKind kind, long step, String evidence, Remedy remedy) {
}
