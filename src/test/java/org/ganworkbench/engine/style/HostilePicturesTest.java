package org.ganworkbench.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.session.SessionException;
import org.ganworkbench.engine.style.pictures.PictureFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures and saved style transfers a hostile or careless user could hand the app: each is refused
 * with a message saying what is wrong, without a crash and without allocating what the file claims.
 */
class HostilePicturesTest {

    @TempDir
    Path dir;

    @Test
    void aGoodPictureIsCroppedToASquareAndResized() throws IOException {
        BufferedImage wide = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 100; x < 200; x++) for (int y = 0; y < 100; y++) wide.setRGB(x, y, 0xFF0000); // a red centre square
        Path file = dir.resolve("wide.png");
        ImageIO.write(wide, "png", file.toFile());
        RgbImage p = PictureFiles.read(file, 64);
        assertEquals(64, p.width());
        assertEquals(1f, p.value(0, 32, 32), 1e-6f);
        assertEquals(0f, p.value(1, 32, 32), 1e-6f);
    }

    @Test
    void notAPictureIsRefusedWithTheReason() throws IOException {
        assertRefused(Files.writeString(dir.resolve("notes.png"), "this is text, not a picture"), "not a PNG, JPEG, GIF or BMP");
        assertRefused(Files.write(dir.resolve("empty.jpg"), new byte[0]), "cannot be used");
        assertRefused(dir, "not a picture file");
        assertRefused(dir.resolve("missing.png"), "not a picture file");
    }

    @Test
    void aTruncatedPictureIsRefused() throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        byte[] all = bytes.toByteArray();
        assertRefused(Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(all, all.length / 2)), "damaged");
    }

    /** A valid PNG header claiming 100,000 x 100,000 pixels (40 GB decoded) in a file of a few bytes. */
    @Test
    void aPictureClaimingBillionsOfPixelsIsRefusedBeforeDecoding() throws IOException {
        assertRefused(Files.write(dir.resolve("bomb.png"), pngHeader(100_000, 100_000)), "too large");
    }

    @Test
    void aFileOfHundredsOfMegabytesIsRefusedUnread() throws IOException {
        Path big = dir.resolve("huge.png");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: costs no disk
        }
        assertRefused(big, "larger than");
    }

    @Test
    void aDamagedSavedStyleTransferIsRefused() throws IOException {
        Path notZip = Files.writeString(dir.resolve("a.gws"), "hello");
        SessionException e = assertThrows(SessionException.class, () -> StyleSessionFiles.load(notZip));
        assertTrue(!e.getMessage().isBlank(), e.getMessage());
    }

    /** A zip that is a style transfer in form but not in content: wrong shapes, values outside 0..1, a newer format. */
    @Test
    void aCraftedSavedStyleTransferIsRefusedWithTheReason() throws IOException {
        assertSessionRefused(crafted("shape.gws", 1, 32, 0.5f), "shape");
        assertSessionRefused(crafted("range.gws", 1, 64, 7f), "outside 0..1");
        assertSessionRefused(crafted("newer.gws", 99, 64, 0.5f), "newer version");
    }

    private Path crafted(String name, int version, int pictureSide, float value) throws IOException {
        StyleSetup setup = new StyleSetup(NetworkKind.RANDOM, 64, StyleSetup.StartFrom.NOISE, 1);
        StyleManifest m = new StyleManifest(StyleManifest.FORMAT, version, "test", "now", setup,
                StyleKnobs.defaults(NetworkKind.RANDOM), "a", "b", 0, 0, java.util.List.of());
        float[] picture = new float[3 * pictureSide * pictureSide];
        java.util.Arrays.fill(picture, value);
        long[] shape = {3, pictureSide, pictureSide};
        Path file = dir.resolve(name);
        try (var zip = org.ganworkbench.engine.session.SessionZipWriter.create(file)) {
            zip.add(StyleSessionFiles.MANIFEST, org.ganworkbench.engine.config.ConfigJson.mapper().writeValueAsBytes(m));
            for (String entry : new String[] {StyleSessionFiles.CONTENT, StyleSessionFiles.STYLE, StyleSessionFiles.IMAGE}) {
                zip.add(entry, out -> org.ganworkbench.engine.io.NpyFormat.write(out, picture, shape));
            }
            float[] state = new float[2 * picture.length];
            zip.add(StyleSessionFiles.OPTIMISER, out -> org.ganworkbench.engine.io.NpyFormat.write(out, state,
                    new long[] {2, 3, pictureSide, pictureSide}));
            zip.add(StyleSessionFiles.HISTORY, (StyleHistory.CSV_HEADER + "\n").getBytes());
            zip.commit();
        }
        return file;
    }

    private static void assertSessionRefused(Path file, String reason) {
        SessionException e = assertThrows(SessionException.class, () -> StyleSessionFiles.load(file));
        assertTrue(e.getMessage().contains(reason), "'" + reason + "' in: " + e.getMessage());
    }

    private static void assertRefused(Path file, String reason) {
        DatasetException e = assertThrows(DatasetException.class, () -> PictureFiles.read(file, 64));
        assertTrue(e.getMessage().contains(reason), "'" + reason + "' in: " + e.getMessage());
    }

    /** PNG signature and an IHDR chunk (8-bit RGB) with a correct CRC, then an IEND: nothing to decode. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putInt(13).put(ihdr.array());
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        b.putInt((int) crc.getValue());
        b.putInt(0).put("IEND".getBytes()).putInt(0xAE426082);
        return b.array();
    }
}
