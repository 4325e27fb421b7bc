package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadSettingTest {

    @Test
    void readsAutoOrANumber() {
        assertTrue(ThreadSetting.parse("auto").automatic());
        assertTrue(ThreadSetting.parse(" AUTO ").automatic());
        assertEquals(2, ThreadSetting.parse("2").fixed());
        assertEquals("auto", ThreadSetting.AUTOMATIC.toString());
        assertEquals("3", ThreadSetting.fixed(3).toString(), "written as parse reads it");
    }

    @Test
    void refusesWhatIsNotAThreadCountSayingWhatWouldDo() {
        for (String bad : new String[] {"0", "-1", "two", "", "1.5", "100000"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThreadSetting.parse(bad), bad);
            assertTrue(e.getMessage().contains("auto or a number"), e.getMessage());
        }
    }

    @Test
    void thePropertyComesBeforeTheVariableAndAutomaticIsTheDefault() {
        Map<String, String> env = Map.of(ThreadSetting.ENV, "2");
        assertEquals(1, ThreadSetting.fromEnvironment("1", env).fixed());
        assertEquals(2, ThreadSetting.fromEnvironment(null, env).fixed());
        assertEquals(2, ThreadSetting.fromEnvironment(" ", env).fixed(), "a blank property is not given");
        assertTrue(ThreadSetting.fromEnvironment(null, Map.of()).automatic());
    }

    @Test
    void anUnreadableValueFallsBackToAutomaticAndSaysWhy() {
        Map<String, String> env = Map.of(ThreadSetting.ENV, "many");
        assertTrue(ThreadSetting.fromEnvironment(null, env).automatic(), "the app still starts");
        String problem = ThreadSetting.environmentProblem(null, env);
        assertTrue(problem.startsWith(ThreadSetting.ENV) && problem.contains("'many'") && problem.contains("automatic"), problem);
        assertTrue(ThreadSetting.environmentProblem("x", Map.of()).startsWith("-D" + ThreadSetting.PROPERTY));
        assertEquals("", ThreadSetting.environmentProblem(null, Map.of(ThreadSetting.ENV, "auto")));
    }
}
