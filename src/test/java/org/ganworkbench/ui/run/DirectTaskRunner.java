package org.ganworkbench.ui.run;

import java.util.function.Consumer;

/** Runs every job at once on the calling thread, so view-model tests need no FX thread. */
public final class DirectTaskRunner implements TaskRunner {

    /** Progress that goes nowhere and is never cancelled. */
    public static final Progress NO_PROGRESS = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(NO_PROGRESS);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
