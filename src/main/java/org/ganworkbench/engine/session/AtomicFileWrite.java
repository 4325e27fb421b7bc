package org.ganworkbench.engine.session;

import java.io.IOException;
import java.nio.file.Path;
import org.ganworkbench.engine.io.OutputFiles;

/** The session package's name for {@link OutputFiles}: a temporary file renamed into place. */
final class AtomicFileWrite {

    private AtomicFileWrite() {
    }

    /** The content of the temporary file; the file exists and is empty when this is called. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path temp) throws IOException;
    }

    /** @throws org.ganworkbench.engine.io.OutputException when it cannot be written; the previous file is kept */
    static void write(Path target, Content content) throws IOException {
        OutputFiles.write(target, content::writeTo);
    }

    static Path createTempBeside(Path target) {
        return OutputFiles.createTemp(target);
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        OutputFiles.moveIntoPlace(temp, target);
    }
}
