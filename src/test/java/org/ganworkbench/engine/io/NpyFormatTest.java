package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.ganworkbench.engine.io.Allocations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpyFormatTest {

    private static final String F4_3 = "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }";

    static Stream<long[]> shapes() {
        return Stream.of(new long[0], new long[] {0}, new long[] {1}, new long[] {7}, new long[] {3, 4},
                new long[] {2, 3, 5}, new long[] {1, 1, 1, 1}, new long[] {0, 5}, new long[] {5, 0},
                new long[] {257, 1031});
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void roundTripsEveryShape(long[] shape) throws IOException {
        float[] data = randomFloats(count(shape), shape.length);
        byte[] file = npy(data, shape);

        assertArrayEquals(data, NpyFormat.read(in(file), shape));
        NpyFormat.NpyArray any = NpyFormat.readAnyShape(in(file), 1_000_000);
        assertArrayEquals(shape, any.shape());
        assertArrayEquals(data, any.data());
    }

    @Test
    void keepsTheExactBitsOfSpecialValues() throws IOException {
        float[] data = {Float.NaN, Float.intBitsToFloat(0x7fc00123), -0.0f, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE};
        float[] back = NpyFormat.read(in(npy(data, new long[] {7})), new long[] {7});
        for (int i = 0; i < data.length; i++) {
            assertEquals(Float.floatToRawIntBits(data[i]), Float.floatToRawIntBits(back[i]), "value " + i);
        }
    }

    @Test
    void writesTheHeaderExactlyAsNumpyDoes() throws IOException {
        byte[] file = npy(new float[12], new long[] {3, 4});
        int headerLength = (file[8] & 0xff) | (file[9] & 0xff) << 8;
        String header = new String(file, 10, headerLength, StandardCharsets.US_ASCII);

        assertEquals(0, (10 + headerLength) % 64, "data starts on a 64-byte boundary");
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }"), header);
        assertTrue(header.endsWith(" \n"), "padded with spaces, ends with a newline");
        assertEquals(10 + headerLength + 48, file.length);
        assertEquals(1, file[6]);
        assertEquals(0, file[7]);
    }

    @Test
    void refusesToWriteDataThatDoesNotFitTheShape() {
        assertThrows(IllegalArgumentException.class, () -> npy(new float[5], new long[] {2, 3}));
        assertThrows(IllegalArgumentException.class, () -> npy(new float[0], new long[] {-1}));
    }

    @Test
    void readsArraysOneAfterAnotherWithoutReadingAhead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyFormat.write(out, new float[] {1, 2}, new long[] {2});
        NpyFormat.write(out, new float[] {3}, new long[0]);
        InputStream in = in(out.toByteArray());
        assertArrayEquals(new float[] {1, 2}, NpyFormat.read(in, new long[] {2}));
        assertArrayEquals(new float[] {3}, NpyFormat.read(in, new long[0]));
        assertEquals(-1, in.read());
    }

    @Test
    void namesExpectedAndFoundShapeWhenTheyDiffer() throws IOException {
        byte[] file = npy(new float[15], new long[] {3, 5});
        NpyException e = assertThrows(NpyException.class,
                () -> NpyFormat.read(in(file), new long[] {3, 4}, "generator/params.npy"));
        assertTrue(e.getMessage().contains("generator/params.npy"), e.getMessage());
        assertTrue(e.getMessage().contains("(3, 5)") && e.getMessage().contains("(3, 4)"), e.getMessage());
        // Same number of values, different layout: still refused.
        assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {5, 3}));
        assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {15}));
    }

    @Test
    void refusesAHeaderPromisingMoreDataThanFollows() {
        byte[] file = npyRaw(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (100,), }\n", new byte[10 * 4 + 2]);
        for (var read : new Runnable[] {
                () -> NpyFormat.read(in(file), new long[] {100}),
                () -> NpyFormat.readAnyShape(in(file), 1000)}) {
            NpyException e = assertThrows(NpyException.class, read::run);
            assertTrue(e.getMessage().contains("cut off") && e.getMessage().contains("100"), e.getMessage());
        }
    }

    @Test
    void neverAllocatesWhatAnUnexpectedHeaderAsksFor() {
        byte[] file = npyRaw(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1000000000,), }\n", new byte[16]);
        long allocated = Allocations.during(() ->
                assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {4})));
        assertTrue(allocated < 1_000_000, "allocated " + allocated + " bytes");
    }

    @Test
    void anyShapeRefusesMoreThanItsCapBeforeReadingData() {
        byte[] file = npyRaw(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (100000, 100000, 100000), }\n",
                new byte[0]);
        long allocated = Allocations.during(() -> {
            NpyException e = assertThrows(NpyException.class, () -> NpyFormat.readAnyShape(in(file), 1000));
            assertTrue(e.getMessage().contains("1000 values allowed"), e.getMessage());
        });
        assertTrue(allocated < 1_000_000, "allocated " + allocated + " bytes");
    }

    @Test
    void anyShapeGrowsWithTheDataSoALyingHeaderCostsLittle() {
        byte[] file = npyRaw(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (100000000,), }\n", new byte[40]);
        long allocated = Allocations.during(() -> assertThrows(NpyException.class,
                () -> NpyFormat.readAnyShape(in(file), NpyFormat.MAX_ELEMENTS)));
        assertTrue(allocated < 2_000_000, "allocated " + allocated + " bytes for a 40-byte array");
    }

    @ParameterizedTest
    @ValueSource(strings = {">f4", "<f8", "|u1", "<i4", ">f2"})
    void refusesOtherDtypesNamingWhatTheyAre(String descr) {
        byte[] file = npyRaw(1, "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (3,), }\n", new byte[24]);
        NpyException e = assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {3}));
        assertTrue(e.getMessage().contains("'<f4'"), e.getMessage());
    }

    @Test
    void refusesFortranOrder() {
        byte[] file = npyRaw(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }\n", new byte[16]);
        NpyException e = assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {2, 2}));
        assertTrue(e.getMessage().contains("Fortran"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            F4_3,                                                    // no newline at the end
            "not a dict\n",
            "{'descr': '<f4', 'fortran_order': False}\n",            // no shape
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'extra': 1, }\n",
            "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (3,), }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (-3,), }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3), }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3.0,), }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (03,), }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3,,), }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': [3], }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,), }\n",
            "{'descr': '<f4', 'fortran_order': 0, 'shape': (3,), }\n",
            "{'descr': '<f4' 'fortran_order': False, 'shape': (3,), }\n",
            "{'descr': '<f\\x34', 'fortran_order': False, 'shape': (3,), }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), } x\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3,)\n",
            "__import__('os').system('echo pwned')\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }\u0000\n",
            "\n",
            ""})
    void refusesMalformedHeaders(String header) {
        byte[] file = npyRaw(1, header, new byte[12]);
        NpyException e = assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {3}));
        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void acceptsHeadersOtherWritersProduce() {
        String[] headers = {
                "{\"shape\": (3,), \"fortran_order\": False, \"descr\": \"<f4\"}   \n", // other key order, quotes
                "{'descr':'<f4','fortran_order':False,'shape':(3,)}\n",             // no spaces (cnpy style)
                F4_3 + "\n",                                                       // no 64-byte padding
        };
        for (String header : headers) {
            assertArrayEquals(new float[] {1, 2, 3}, NpyFormat.read(in(npyRaw(1, header, floats(1, 2, 3))), new long[] {3}));
        }
    }

    @Test
    void readsVersionTwoAndRefusesUnknownVersions() {
        byte[] v2 = npyRaw(2, F4_3 + "\n", floats(1, 2, 3));
        assertArrayEquals(new float[] {1, 2, 3}, NpyFormat.read(in(v2), new long[] {3}));

        byte[] v3 = npyRaw(2, F4_3 + "\n", floats(1, 2, 3));
        v3[6] = 3;
        NpyException e = assertThrows(NpyException.class, () -> NpyFormat.read(in(v3), new long[] {3}));
        assertTrue(e.getMessage().contains("version 3.0"), e.getMessage());
    }

    @Test
    void refusesAnAbsurdHeaderLengthWithoutAllocatingIt() {
        byte[] file = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, '{'};
        long allocated = Allocations.during(() -> {
            NpyException e = assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {3}));
            assertTrue(e.getMessage().contains("4294967295"), e.getMessage());
        });
        assertTrue(allocated < 1_000_000, "allocated " + allocated + " bytes");
    }

    @Test
    void refusesAHeaderCutOffBeforeItsAnnouncedLength() {
        byte[] file = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) 0x60, (byte) 0xea, '{', '\'', 'd'};
        NpyException e = assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {3}));
        assertTrue(e.getMessage().contains("cut off"), e.getMessage());
    }

    @Test
    void refusesWhatIsNotNpyAtAll() {
        byte[][] files = {new byte[0], "PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1),
                {(byte) 0x93, 'N', 'U', 'M'}, {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1}};
        for (byte[] file : files) {
            NpyException e = assertThrows(NpyException.class, () -> NpyFormat.read(in(file), new long[] {3}));
            assertTrue(e.getMessage().contains("NumPy") || e.getMessage().contains("cut off"), e.getMessage());
        }
    }

    @Test
    void reportsAFailingStreamAsANpyException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        };
        NpyException e = assertThrows(NpyException.class, () -> NpyFormat.read(failing, new long[] {3}));
        assertTrue(e.getMessage().contains("device gone"), e.getMessage());
    }

    static byte[] npy(float[] data, long[] shape) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyFormat.write(out, data, shape);
        return out.toByteArray();
    }

    /** A .npy file with the given header text (no padding added) and raw data bytes. */
    static byte[] npyRaw(int major, String header, byte[] data) {
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(6 + 2 + (major == 1 ? 2 : 4) + h.length + data.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) b.putShort((short) h.length);
        else b.putInt(h.length);
        return b.put(h).put(data).array();
    }

    static byte[] floats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) b.putFloat(v);
        return b.array();
    }

    private static float[] randomFloats(int n, long seed) {
        Random random = new Random(seed);
        float[] data = new float[n];
        for (int i = 0; i < n; i++) data[i] = (float) random.nextGaussian();
        return data;
    }

    private static int count(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return (int) n;
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
