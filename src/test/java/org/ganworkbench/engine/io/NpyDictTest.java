package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one .npy header parser: what NumPy writes is read, a header that says two things or too much is refused. */
class NpyDictTest {

    @Test
    void readsWhatNumpyWrites() {
        NpyDict d = NpyDict.parse("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }          \n");
        assertEquals("<f4", d.descr());
        assertEquals(false, d.fortranOrder());
        assertArrayEquals(new long[] {3, 4}, d.shape());
        assertArrayEquals(new long[] {60000}, NpyDict.parse("{'descr': '|u1', 'fortran_order': True, 'shape': (60000,)}\n").shape());
        assertArrayEquals(new long[0], NpyDict.parse("{'shape': (), 'descr': '<i8', 'fortran_order': False}\n").shape());
    }

    @Test
    void refusesHeadersThatSayTwoThingsOrTooMuch() {
        assertMalformed("{'descr': '<f4', 'descr': '<f8', 'fortran_order': False, 'shape': (3,)}\n", "appears twice");
        assertMalformed("{'descr': '<f4', 'fortran_order': False, 'shape': (3)}\n", "not a tuple");
        assertMalformed("{'descr': '<f4', 'fortran_order': False, 'shape': (-3,)}\n", "negative");
        assertMalformed("{'descr': '<f4', 'fortran_order': False, 'shape': (9999999999999999999,)}\n", "absurdly large");
        assertMalformed("{'descr': '<f4', 'fortran_order': False, 'shape': (" + "1, ".repeat(65) + ")}\n", "more than 64");
        assertMalformed("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'x\u001b[2J': 1}\n", "unexpected key 'x?[2J'");
        assertMalformed("{'descr': '<f4', 'shape': (3,)}\n", "must name");
        assertMalformed("{'descr': '<f4', 'fortran_order': False, 'shape': (3,)}", "newline");
    }

    private static void assertMalformed(String header, String expected) {
        NpyDict.Malformed e = assertThrows(NpyDict.Malformed.class, () -> NpyDict.parse(header));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
