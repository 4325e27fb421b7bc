package org.ganworkbench.ui.style;

import java.nio.file.Path;
import org.ganworkbench.engine.style.RgbImage;
import org.ganworkbench.engine.style.pictures.BuiltInPicture;
import org.ganworkbench.engine.style.pictures.PictureFiles;

/**
 * A content or style picture as the user chose it: a built-in one, or a file (read and resized
 * again whenever the size changes).
 *
 * @param builtIn the built-in picture, or null for a file
 * @param file    the picture file, or null for a built-in one
 */
record PictureChoice(BuiltInPicture builtIn, Path file) {

    static PictureChoice of(BuiltInPicture p) {
        return new PictureChoice(p, null);
    }

    static PictureChoice of(Path file) {
        return new PictureChoice(null, file);
    }

    /** What lists and saved files call it. */
    String title() {
        return builtIn != null ? builtIn.title() : String.valueOf(file.getFileName());
    }

    /** The picture at size x size; slow for files and large sizes: call it off the FX thread. */
    RgbImage render(int size) {
        return builtIn != null ? builtIn.render(size) : PictureFiles.read(file, size);
    }

    @Override
    public String toString() {
        return title();
    }
}
