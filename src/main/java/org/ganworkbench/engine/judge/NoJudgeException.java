package org.ganworkbench.engine.judge;

import org.ganworkbench.engine.WorkbenchException;

/** Why a dataset gets no judge (no labels, too few images, not images); the message says so plainly. */
public final class NoJudgeException extends WorkbenchException {

    public NoJudgeException(String message) {
        super(message);
    }
}
