package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reader of a .npy array's start: what it returns, and the limits every reader shares. */
class NpyHeaderTest {

    private static final NpyAdvice ADVICE = new NpyAdvice("Get another copy.", "It ends early.");

    @Test
    void saysWhereTheDataStartAndReadsNothingPastTheHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyFormat.write(out, new float[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3});
        byte[] file = out.toByteArray();
        InputStream in = new ByteArrayInputStream(file);

        NpyHeader h = NpyHeader.read(in, "a.npy", ADVICE);

        assertEquals("<f4", h.descr());
        assertFalse(h.fortranOrder());
        assertArrayEquals(new long[] {2, 3}, h.shape());
        assertEquals(6, h.count());
        assertEquals(file.length - 6 * 4, h.bytes(), "the data are the rest of the file");
        assertEquals(0, h.bytes() % 64, "NumPy aligns the data on 64 bytes");
        assertEquals(6 * 4, in.available(), "nothing of the data was read");
    }

    @Test
    void refusalsEndWithTheCallersAdvice() {
        byte[] file = NpyFormatTest.npyRaw(1, "{'descr': '<f4', 'shape': (3,), }\n", new byte[12]);
        NpyException bad = assertThrows(NpyException.class, () -> NpyHeader.read(new ByteArrayInputStream(file), "a.npy", ADVICE));
        assertTrue(bad.getMessage().startsWith("a.npy ") && bad.getMessage().contains("not the dict NumPy writes")
                && bad.getMessage().endsWith("Get another copy."), bad.getMessage());

        byte[] cut = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 100, 0, '{'};
        NpyException early = assertThrows(NpyException.class, () -> NpyHeader.read(new ByteArrayInputStream(cut), "a.npy", ADVICE));
        assertTrue(early.getMessage().contains("cut off") && early.getMessage().endsWith("It ends early."), early.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'descr': 'not a dtype at all', 'fortran_order': False, 'shape': (3,), }\n",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3000000000,), }\n"})
    void refusesDtypesNoWriterNamesAndDimensionsNoArrayHas(String header) {
        byte[] file = NpyFormatTest.npyRaw(1, header, new byte[12]);
        NpyException e = assertThrows(NpyException.class, () -> NpyHeader.read(new ByteArrayInputStream(file), "a.npy", ADVICE));
        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void refusesMinorVersionsAndBinaryHeaders() {
        byte[] minor = NpyFormatTest.npyRaw(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }\n", new byte[12]);
        minor[7] = 1;
        NpyException e = assertThrows(NpyException.class, () -> NpyHeader.read(new ByteArrayInputStream(minor), "a.npy", ADVICE));
        assertTrue(e.getMessage().contains("version 1.1"), e.getMessage());

        byte[] binary = NpyFormatTest.npyRaw(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }\u0007\n", new byte[12]);
        e = assertThrows(NpyException.class, () -> NpyHeader.read(new ByteArrayInputStream(binary), "a.npy", ADVICE));
        assertTrue(e.getMessage().contains("binary data"), e.getMessage());
    }
}
