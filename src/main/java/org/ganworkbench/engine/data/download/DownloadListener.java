package org.ganworkbench.engine.data.download;

/** Hears how a download goes; called on the downloading thread, so implementations return quickly. */
public interface DownloadListener {

    DownloadListener NONE = new DownloadListener() {
        @Override
        public void progress(DownloadProgress p) {
        }
    };

    /** At most ~10 times a second, and once when a file is complete. */
    void progress(DownloadProgress p);

    /** Something worth telling a person: resuming, a mirror failing over, a damaged copy replaced. */
    default void note(String message) {
    }
}
