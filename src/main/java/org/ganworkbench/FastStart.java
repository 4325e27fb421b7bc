package org.ganworkbench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ganworkbench.engine.data.catalog.CacheDirectory;

/**
 * Opens the window from a second JVM that maps the classes the studio loads from a class-data
 * sharing archive (AppCDS) that the first launch on this machine wrote into the cache folder.
 *
 * <p>Why: with one of the two cores taken by another program, the studio was usable 7.5 s after
 * launch, and most of that was the JVM loading, verifying and compiling classes (JavaFX, TilesFX,
 * ours) on the one core left. The archive, with C1 as the only compiler, halves the CPU spent
 * until the studio is laid out (docs/performance.md, start-up).
 * Java 17 makes and uses such an archive only when told so on the command line (JDK 19's
 * {@code -XX:+AutoCreateSharedArchive} does it alone), and {@code java -jar} has no place for
 * flags: hence the second JVM. This one only waits for it and passes its exit code on.
 *
 * <p>The archive's name is a digest of the JVM and of every jar on the class path (path, size,
 * time), so an update or another JDK makes a new one and never meets a stale one (the JVM would
 * ignore it, silently, and start as slowly as without). The first launch writes it when the app
 * quits, to a temporary name renamed here once complete: a killed first launch leaves nothing to
 * trust. Off with {@code -Dganworkbench.fastStart=false} or {@code GAN_WORKBENCH_FAST_START=0}.
 */
final class FastStart {

    static final String CHILD_PROPERTY = "ganworkbench.relaunched";
    /** When the user launched the app (the first JVM's start), for the start-up log's milestones. */
    static final String LAUNCHED_AT_PROPERTY = "ganworkbench.launchedAt";
    static final String OFF_PROPERTY = "ganworkbench.fastStart";
    static final String OFF_ENV = "GAN_WORKBENCH_FAST_START";
    static final String MAIN_CLASS = "org.ganworkbench.Launcher";
    /** A JVM stopped by SIGTERM exits with 128 + 15 after its orderly shut-down. */
    static final int EXIT_ON_SIGTERM = 143;
    /** A second JVM that fails sooner than this never showed the window (it takes seconds). */
    static final long FAILED_START_MILLIS = 1_500;

    /**
     * The window's JVM compiles with C1 only: at start-up C2 compiled code that ran only then, on the
     * core the window waited for, and the training step's time is in native code, where C2 changed
     * nothing measurable (`bench --threads 1`, medians of two rounds each, with and without:
     * toy2d 5.5-6.9 / 5.3-7.3 ms, mlp 25.7-28.4 / 28.1-29.3 ms, dcgan28 197.9-211.7 / 185.9-196.5 ms;
     * one round of style128, whose layers are the project's own: 237.6 / 218.5 ms).
     */
    static final List<String> JIT = List.of("-XX:TieredStopAtLevel=1");
    /** Options that already choose how classes are shared, or a debugger that wants this very JVM. */
    private static final List<String> HANDS_OFF = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-Xshare", "-agentlib:jdwp", "-Xdebug");

    private FastStart() {
    }

    /** The second JVM's command and the archive it reads or writes. */
    record Plan(List<String> command, Path archive, Path writing) {

        boolean writesArchive() {
            return writing != null;
        }
    }

    /** Runs the window in a second JVM if that is possible here: its exit code, or empty to run it in this one. */
    static OptionalInt relaunch(String[] args) {
        Optional<Plan> plan = plan(args, System.getProperties(), System.getenv(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), CacheDirectory.resolve(),
                ManagementFactory.getRuntimeMXBean().getStartTime());
        return plan.isEmpty() ? OptionalInt.empty() : run(plan.get());
    }

    /**
     * Runs the second JVM and waits for it: its exit code, or empty if it could not start or
     * failed within {@link #FAILED_START_MILLIS} (a JVM that refused its options, an archive it
     * could not write): then the window opens in this JVM after all, as it would without us.
     */
    static OptionalInt run(Plan plan) {
        long started = System.nanoTime();
        Process child;
        try {
            child = new ProcessBuilder(plan.command()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // no second JVM here (a stripped runtime, a sandbox): open in this one
        }
        AtomicBoolean finished = new AtomicBoolean();
        // stopped itself (Ctrl-C, a kill): stop the window's JVM too, and let it finish writing the archive
        Thread stopChild = new Thread(() -> {
            child.destroy();
            finish(plan, child, finished);
        }, "stop-window-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code = waitFor(child);
        finish(plan, child, finished);
        if (code != 0 && System.nanoTime() - started < FAILED_START_MILLIS * 1_000_000L) {
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return OptionalInt.empty();
        }
        return OptionalInt.of(code);
    }

    private static void finish(Plan plan, Process child, AtomicBoolean finished) {
        try {
            if (!child.waitFor(60, TimeUnit.SECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (finished.compareAndSet(false, true)) keepArchive(plan, child.exitValue());
    }

    /**
     * The second JVM's command, or empty where it would not help or could not work: already the
     * second JVM, turned off, class sharing or a debugger chosen by the user, a module path (its
     * options cannot be passed on as they arrived), or a class path that is not all jar files
     * (a folder makes the archive's writing fail as the JVM starts: "non-empty directory") or that
     * has a path with a space.
     */
    static Optional<Plan> plan(String[] args, java.util.Properties props, Map<String, String> env,
                               List<String> jvmOptions, Path cache, long launchedAt) {
        return plan(MAIN_CLASS, args, props, env, jvmOptions, cache, launchedAt);
    }

    /** {@link #plan(String[], java.util.Properties, Map, List, Path, long)} for any main class (tests). */
    static Optional<Plan> plan(String mainClass, String[] args, java.util.Properties props, Map<String, String> env,
                               List<String> jvmOptions, Path cache, long launchedAt) {
        if (props.getProperty(CHILD_PROPERTY) != null) return Optional.empty();
        if ("false".equalsIgnoreCase(props.getProperty(OFF_PROPERTY, "")) || "0".equals(env.get(OFF_ENV))) {
            return Optional.empty();
        }
        if (jvmOptions.stream().anyMatch(o -> HANDS_OFF.stream().anyMatch(o::startsWith))) return Optional.empty();
        if (props.getProperty("jdk.module.path") != null) return Optional.empty();
        Path java = Path.of(props.getProperty("java.home"), "bin",
                props.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        if (!Files.isExecutable(java)) return Optional.empty();
        String classPath = props.getProperty("java.class.path", "");
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Path jar = Path.of(entry);
            if (!Files.isRegularFile(jar)) return Optional.empty();
            // JDK 17 maps such an archive but leaves out every class whose jar's path a file URL must
            // escape (a space: "GAN Workbench/lib/app"): measured, 608 of 5,833 classes came from it
            if (jar.toAbsolutePath().toUri().getRawPath().contains("%")) return Optional.empty();
            jars.add(jar);
        }
        if (jars.isEmpty()) return Optional.empty();
        Optional<String> key = key(props, jars);
        if (key.isEmpty()) return Optional.empty();
        Path archive = cache.resolve("startup").resolve("classes-" + key.get() + ".jsa");

        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        Path writing = null;
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else {
            try {
                Files.createDirectories(archive.getParent());
            } catch (IOException e) {
                return Optional.empty();
            }
            writing = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            command.add("-XX:ArchiveClassesAtExit=" + writing);
        }
        // the JVM's own notes on classes it cannot archive (JFR's, pre-Java-6 ones) are not the user's business
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.addAll(JIT);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-D" + LAUNCHED_AT_PROPERTY + "=" + launchedAt);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return Optional.of(new Plan(List.copyOf(command), archive, writing));
    }

    /** A digest of the JVM and the class path's jars: what an archive is only valid for. */
    private static Optional<String> key(java.util.Properties props, List<Path> jars) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((props.getProperty("java.home") + "|" + props.getProperty("java.vm.version") + "|")
                    .getBytes(StandardCharsets.UTF_8));
            for (Path jar : jars) {
                String entry = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|";
                sha.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest(), 0, 12));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                child.destroy(); // this JVM is being stopped: so is the window's
            }
        }
    }

    /**
     * Gives a newly written archive its name once the app quit in order (closed, or stopped by
     * SIGTERM, after which the JVM still writes the archive before it exits); anything else (killed
     * outright or crashed, maybe mid-write) is dropped, and the next launch writes it again.
     */
    static void keepArchive(Plan plan, int exitCode) {
        if (!plan.writesArchive()) return;
        try {
            if ((exitCode == 0 || exitCode == EXIT_ON_SIGTERM) && Files.isRegularFile(plan.writing()) && Files.size(plan.writing()) > 0) {
                Files.move(plan.writing(), plan.archive(), StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(plan.writing());
            }
        } catch (IOException e) {
            // without the archive the next launch writes one again: nothing is lost
        }
    }
}
