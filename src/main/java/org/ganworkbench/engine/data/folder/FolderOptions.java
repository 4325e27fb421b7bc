package org.ganworkbench.engine.data.folder;

import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.DatasetAddress;
import org.ganworkbench.engine.data.DatasetException;

/**
 * How pictures from a folder become training images.
 *
 * @param size     side of the square images: 28, 32 or 64 (the sizes the DCGAN models take)
 * @param channels 1 (gray) or 3 (RGB)
 */
public record FolderOptions(int size, int channels) {

    /** Photos are what people bring: colour, at the size CIFAR-10 uses. */
    public static final FolderOptions DEFAULT = new FolderOptions(32, 3);

    public FolderOptions {
        if (size != 28 && size != 32 && size != 64) {
            throw new DatasetException("Folder images can be resized to 28, 32 or 64 pixels, not " + size + ".");
        }
        if (channels != 1 && channels != 3) {
            throw new DatasetException("Folder images can have 1 channel (gray) or 3 (RGB), not " + channels + ".");
        }
    }

    /** The options written in a {@code folder:PATH?size=..&channels=..} id; absent ones take the defaults. */
    public static FolderOptions of(DatasetAddress address) {
        return new FolderOptions(address.intOption("size", DEFAULT.size()), address.intOption("channels", DEFAULT.channels()));
    }

    /** The query that writes these options into a folder id: {@code ?size=32&channels=3}. */
    public String query() {
        return "?size=" + size + "&channels=" + channels;
    }

    public DataShape shape() {
        return DataShape.image(channels, size, size);
    }
}
