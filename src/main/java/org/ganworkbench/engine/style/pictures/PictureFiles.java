package org.ganworkbench.engine.style.pictures;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.folder.SquarePictures;
import org.ganworkbench.engine.style.RgbImage;

/**
 * A content or style picture: a built-in one by its id ("house", "brush-strokes") or a picture
 * file, cropped to a centred square and resized to the size asked for. Hostile or broken files get
 * a message that says what is wrong (the decoder caps file size and pixel count before allocating).
 */
public final class PictureFiles {

    private PictureFiles() {
    }

    /** A built-in picture's id, or a path to a file. */
    public static RgbImage read(String idOrPath, int size) {
        var builtIn = BuiltInPicture.byId(idOrPath);
        if (builtIn.isPresent()) return builtIn.get().render(size);
        return read(Path.of(idOrPath), size);
    }

    /**
     * @throws DatasetException for a missing, unreadable, damaged or oversized file
     */
    public static RgbImage read(Path file, int size) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file + " is not a picture file here (and not a built-in picture: "
                    + String.join(", ", java.util.Arrays.stream(BuiltInPicture.values()).map(BuiltInPicture::id).toList()) + ").");
        }
        byte[] bytes = SquarePictures.read(file, 3, size);
        float[] planes = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) planes[i] = (bytes[i] & 0xff) / 255f;
        return new RgbImage(size, size, planes);
    }
}
