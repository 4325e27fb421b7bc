package org.ganworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast start's second JVM, for real: the first launch writes the class archive, the next one
 * loads its classes from it; and the cases where no second JVM is started.
 */
@Tag("slow")
class FastStartTest {

    private static final String PROBE = FastStartProbe.class.getName();

    @TempDir
    Path dir;

    @Test
    void theFirstLaunchWritesTheArchiveAndTheNextLoadsItsClassesFromIt() throws Exception {
        Path jar = probeJar();
        Path log = dir.resolve("classes.log");
        List<String> logClassLoading = List.of("-Xlog:class+load=info:file=" + log);

        FastStart.Plan first = FastStart.plan(PROBE, new String[] {"--autostart"}, props(jar), Map.of(),
                logClassLoading, dir.resolve("cache"), 1234L).orElseThrow();
        assertTrue(first.writesArchive(), "no archive yet: the first launch writes one");
        assertTrue(first.command().contains("-XX:ArchiveClassesAtExit=" + first.writing()));
        assertTrue(first.command().containsAll(List.of(PROBE, "--autostart")), "main class and options passed on");
        String out = run(first);
        assertTrue(out.contains("probe ran, relaunched=true launchedAt=1234"), out);
        FastStart.keepArchive(first, 0);
        assertTrue(Files.size(first.archive()) > 0, "the archive kept under its name");
        assertFalse(Files.exists(first.writing()));

        FastStart.Plan second = FastStart.plan(PROBE, new String[0], props(jar), Map.of(), logClassLoading,
                dir.resolve("cache"), 1234L).orElseThrow();
        assertFalse(second.writesArchive());
        assertTrue(second.command().contains("-XX:SharedArchiveFile=" + first.archive()));
        run(second);
        String loaded = Files.readString(log);
        assertTrue(loaded.contains(PROBE + " source: shared objects file (top)"),
                "the probe's class came from the archive: " + loaded.lines().filter(l -> l.contains(PROBE)).toList());
    }

    @Test
    void aSecondJvmThatCannotStartLeavesTheWindowToThisOne() throws IOException {
        Path jar = probeJar();
        FastStart.Plan refused = FastStart.plan(PROBE, new String[0], props(jar), Map.of(),
                List.of("-XX:+NoSuchOptionInAnyJvm"), dir, 0L).orElseThrow();
        assertTrue(FastStart.run(refused).isEmpty(), "the JVM refused its options: open the window here");
        assertFalse(Files.exists(refused.archive()));

        FastStart.Plan fine = FastStart.plan(PROBE, new String[0], props(jar), Map.of(), List.of(), dir, 0L).orElseThrow();
        assertEquals(0, FastStart.run(fine).orElseThrow(), "a second JVM that ran: its exit code is ours");
        assertTrue(Files.exists(fine.archive()), "and its archive is kept");
    }

    @Test
    void anArchiveFromAKilledLaunchIsDroppedAndWrittenAgainNextTime() throws IOException {
        Path jar = probeJar();
        FastStart.Plan plan = FastStart.plan(PROBE, new String[0], props(jar), Map.of(), List.of(), dir, 0L).orElseThrow();
        Files.writeString(plan.writing(), "half an archive");
        FastStart.keepArchive(plan, 137); // SIGKILL: maybe mid-write
        assertFalse(Files.exists(plan.writing()));
        assertFalse(Files.exists(plan.archive()));
        assertTrue(FastStart.plan(PROBE, new String[0], props(jar), Map.of(), List.of(), dir, 0L).orElseThrow().writesArchive());
    }

    @Test
    void anUpdatedJarGetsAnArchiveOfItsOwn() throws IOException {
        Path jar = probeJar();
        Path before = FastStart.plan(PROBE, new String[0], props(jar), Map.of(), List.of(), dir, 0L).orElseThrow().archive();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Path after = FastStart.plan(PROBE, new String[0], props(jar), Map.of(), List.of(), dir, 0L).orElseThrow().archive();
        assertNotEquals(before, after);
    }

    @Test
    void noSecondJvmWhereItWouldNotHelpOrCouldNotWork() throws IOException {
        Path jar = probeJar();
        assertNone(withProperty(props(jar), FastStart.CHILD_PROPERTY, "true"), Map.of(), List.of());
        assertNone(withProperty(props(jar), FastStart.OFF_PROPERTY, "false"), Map.of(), List.of());
        assertNone(props(jar), Map.of(FastStart.OFF_ENV, "0"), List.of());
        assertNone(props(jar), Map.of(), List.of("-XX:SharedArchiveFile=/elsewhere.jsa"));
        assertNone(props(jar), Map.of(), List.of("-agentlib:jdwp=transport=dt_socket,server=y"));
        // a folder of classes on the class path (mvn javafx:run) makes the JVM refuse to write an archive
        assertNone(props(jar + java.io.File.pathSeparator + dir), Map.of(), List.of());
        Path spaced = Files.createDirectories(dir.resolve("GAN Workbench")).resolve("probe.jar");
        Files.copy(jar, spaced);
        assertNone(props(spaced), Map.of(), List.of());
        Properties noJava = props(jar);
        noJava.setProperty("java.home", dir.resolve("stripped-runtime").toString());
        assertNone(noJava, Map.of(), List.of());
    }

    private void assertNone(Properties props, Map<String, String> env, List<String> options) {
        assertTrue(FastStart.plan(PROBE, new String[0], props, env, options, dir, 0L).isEmpty(),
                "no second JVM for " + props.getProperty("java.class.path") + " " + env + " " + options);
    }

    private static String run(FastStart.Plan plan) throws Exception {
        Process p = new ProcessBuilder(plan.command()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private Path probeJar() throws IOException {
        Path jar = dir.resolve("probe.jar");
        if (Files.exists(jar)) return jar;
        String entry = PROBE.replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             InputStream in = FastStartProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
            // the probe reads FastStart's constants: they are compiled into it, so the class alone suffices
        }
        return jar;
    }

    private static Properties props(Path classPath) {
        return props(classPath.toString());
    }

    private static Properties props(String classPath) {
        Properties p = new Properties();
        p.setProperty("java.home", System.getProperty("java.home"));
        p.setProperty("java.vm.version", System.getProperty("java.vm.version"));
        p.setProperty("os.name", System.getProperty("os.name"));
        p.setProperty("java.class.path", classPath);
        return p;
    }

    private static Properties withProperty(Properties p, String key, String value) {
        p.setProperty(key, value);
        return p;
    }
}
