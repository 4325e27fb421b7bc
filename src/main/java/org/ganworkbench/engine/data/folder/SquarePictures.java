package org.ganworkbench.engine.data.folder;

import java.nio.file.Path;
import org.ganworkbench.engine.data.DatasetException;

/**
 * One picture file read as a centred square of the given size, with the same decoder and guards as
 * a folder dataset (file and pixel caps, subsampled decoding of huge pictures, transparent pixels
 * over white): for pictures a user opens one at a time, such as style transfer's.
 */
public final class SquarePictures {

    private SquarePictures() {
    }

    /**
     * @return {@code channels} planes of {@code size x size} bytes (0..255), row-major
     * @throws DatasetException saying why the file cannot be used
     */
    public static byte[] read(Path file, int channels, int size) {
        ImageFileDecoder.Planes p;
        try {
            p = ImageFileDecoder.decode(file, channels, size);
        } catch (ImageFileDecoder.UnreadableImage e) {
            throw new DatasetException(file.getFileName() + " cannot be used as a picture: " + e.getMessage()
                    + ". Choose a PNG, JPEG, GIF or BMP file.");
        }
        byte[] out = new byte[channels * size * size];
        SquareResampler.cropAndResize(p.values(), channels, p.width(), p.height(), size, out, 0);
        return out;
    }
}
