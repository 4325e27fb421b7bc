package org.ganworkbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NativeVariantTest {

    @Test
    void readsTheCpuFlagsFromCpuinfo() {
        Set<String> flags = NativeVariant.parseFlags(List.of(
                "processor\t: 0", "model name\t: AMD EPYC", "flags\t\t: fpu sse4_2 avx avx2 fma", "bugs\t\t: sysret_ss_attrs"));
        assertEquals(Set.of("fpu", "sse4_2", "avx", "avx2", "fma"), flags);
        assertTrue(NativeVariant.parseFlags(List.of("no flags here")).isEmpty());
    }
}
