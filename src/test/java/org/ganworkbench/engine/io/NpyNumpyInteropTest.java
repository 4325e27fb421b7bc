package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real thing: numpy reads what we write and we read what numpy writes. Skipped without numpy. */
class NpyNumpyInteropTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static boolean numpyAvailable;

    @TempDir
    Path dir;

    @BeforeAll
    static void findNumpy() throws Exception {
        numpyAvailable = Files.isExecutable(PYTHON) && python(Path.of("."), "import numpy").exitCode == 0;
    }

    @Test
    void numpyReadsOurFiles() throws Exception {
        assumeTrue(numpyAvailable, "numpy is not installed");
        write("cube.npy", ramp(24), new long[] {2, 3, 4});
        write("scalar.npy", new float[] {1.5f}, new long[0]);
        write("empty.npy", new float[0], new long[] {0, 3});
        write("big.npy", ramp(300 * 700), new long[] {300, 700});

        Result result = python(dir, String.join("\n",
                "import numpy as np",
                "def check(name, expected):",
                "    a = np.load(name, allow_pickle=False)",
                "    assert a.dtype == np.dtype('<f4'), (name, a.dtype)",
                "    assert a.flags.c_contiguous, name",
                "    assert a.shape == expected.shape, (name, a.shape)",
                "    assert np.array_equal(a, expected), name",
                "ramp = lambda n: (np.arange(n, dtype=np.float32) - 7) * np.float32(0.25)",
                "check('cube.npy', ramp(24).reshape(2, 3, 4))",
                "check('scalar.npy', np.array(1.5, dtype=np.float32))",
                "check('empty.npy', np.zeros((0, 3), dtype=np.float32))",
                "check('big.npy', ramp(300 * 700).reshape(300, 700))",
                "print('ok')"));
        assertEquals(0, result.exitCode, result.output);
        assertEquals("ok", result.output.strip());
    }

    @Test
    void weReadNumpysFiles() throws Exception {
        assumeTrue(numpyAvailable, "numpy is not installed");
        Result result = python(dir, String.join("\n",
                "import numpy as np",
                "ramp = lambda n: (np.arange(n, dtype=np.float32) - 7) * np.float32(0.25)",
                "np.save('cube.npy', ramp(24).reshape(2, 3, 4))",
                "np.save('scalar.npy', np.float32(1.5))",
                "np.save('empty.npy', np.zeros((0, 3), dtype=np.float32))",
                "np.save('vector.npy', ramp(5))",
                "with open('v2.npy', 'wb') as f:",
                "    np.lib.format.write_array(f, ramp(6).reshape(3, 2), version=(2, 0))",
                "np.save('float64.npy', ramp(3).astype(np.float64))",
                "np.save('fortran.npy', np.asfortranarray(ramp(12).reshape(3, 4)))",
                "np.save('bigendian.npy', ramp(3).astype('>f4'))",
                "print('ok')"));
        assertEquals(0, result.exitCode, result.output);

        assertArrayEquals(ramp(24), read("cube.npy", new long[] {2, 3, 4}));
        assertArrayEquals(new float[] {1.5f}, read("scalar.npy", new long[0]));
        assertArrayEquals(new float[0], read("empty.npy", new long[] {0, 3}));
        assertArrayEquals(ramp(5), read("vector.npy", new long[] {5}));
        assertArrayEquals(ramp(6), read("v2.npy", new long[] {3, 2}));
        try (InputStream in = Files.newInputStream(dir.resolve("cube.npy"))) {
            assertArrayEquals(new long[] {2, 3, 4}, NpyFormat.readAnyShape(in, 100).shape());
        }

        assertRefused("float64.npy", new long[] {3}, "64-bit floats");
        assertRefused("fortran.npy", new long[] {3, 4}, "Fortran");
        assertRefused("bigendian.npy", new long[] {3}, "big-endian");
    }

    private void assertRefused(String name, long[] shape, String why) {
        NpyException e = assertThrows(NpyException.class, () -> read(name, shape));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    private void write(String name, float[] data, long[] shape) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            NpyFormat.write(out, data, shape);
        }
    }

    private float[] read(String name, long[] shape) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            return NpyFormat.read(in, shape, name);
        }
    }

    /** (i - 7) / 4: exactly representable, so numpy and Java agree bit for bit. */
    private static float[] ramp(int n) {
        float[] data = new float[n];
        for (int i = 0; i < n; i++) data[i] = (i - 7) * 0.25f;
        return data;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result python(Path workDir, String script) throws Exception {
        // Output goes to a file, so a hanging python cannot block us on a pipe: waitFor's timeout holds.
        Path log = Files.createTempFile("numpy-interop", ".log");
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), "-c", script)
                    .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "python timed out");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
