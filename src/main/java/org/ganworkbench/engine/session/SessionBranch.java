package org.ganworkbench.engine.session;

/**
 * One branch a session holds, as {@code branches.json} lists it. The session's own entries are the
 * branch it was saved from ({@code entry} null); every other branch is a whole session nested as one
 * entry ({@code branch-1.gwb}, ...), read with the same checks as any session file.
 *
 * @param name      "A", "B", ... as the studio names them
 * @param parent    the branch it was started from; null for the first
 * @param forkStep  the step of the parent it started from; -1 for the first
 * @param change    the knob change that separates it from its parent, e.g. "lr-d 0.0002 → 0.0001"; empty if none
 * @param entry     the nested session's entry name; null for the session's own branch
 * @param step      steps it had trained when saved
 */
public record SessionBranch(String name, String parent, long forkStep, String change, String entry, long step) {

    /** "B: from A after step 300 (lr-d 0.0002 → 0.0001), at step 600". */
    public String describe() {
        String from = parent == null ? "the first run" : "from " + parent + " after step " + forkStep
                + (change == null || change.isEmpty() ? " (no change)" : " (" + change + ")");
        return name + ": " + from + ", at step " + step;
    }
}
