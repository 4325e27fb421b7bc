package org.ganworkbench.engine.io;

import java.util.Objects;

/**
 * The sentences a .npy refusal ends with, worded for where the array came from: an entry of a file
 * GAN Workbench wrote (sessions, judges, saved style transfers) or an array in someone's dataset.
 *
 * @param damaged said when the bytes are not what NumPy writes
 * @param cutOff  said when the array ends before its header says it does
 */
public record NpyAdvice(String damaged, String cutOff) {

    /** Entries of the zips GAN Workbench writes; the words its session messages have always used. */
    public static final NpyAdvice APP_FILE = new NpyAdvice(
            "The session is damaged or was not written by GAN Workbench.",
            "The session file is incomplete or damaged; ask for a fresh copy.");

    public NpyAdvice {
        Objects.requireNonNull(damaged, "damaged");
        Objects.requireNonNull(cutOff, "cutOff");
    }
}
