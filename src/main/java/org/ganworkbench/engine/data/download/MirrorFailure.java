package org.ganworkbench.engine.data.download;

/** One mirror did not deliver; the next is tried, and what arrived so far is kept for resuming. */
final class MirrorFailure extends Exception {

    MirrorFailure(String reason) {
        super(reason, null, false, false);
    }
}
