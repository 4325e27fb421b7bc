package org.ganworkbench.engine.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.io.CheckedZipReader;
import org.ganworkbench.engine.train.RunSource;
import org.ganworkbench.engine.train.TrainingRun;

/**
 * Sessions that hold several branches of one run: the session's own entries are the branch on show,
 * {@code branches.json} lists them all, and each other branch is a complete session nested as one
 * entry. A crafted list (a parent that is not there, parents in a cycle, a missing entry) is refused
 * with what is wrong; a session without the list is one branch, as sessions always were.
 */
public final class SessionBranches {

    /** Most branches besides the one on show (the entries {@code branch-1.gwb} to {@code branch-7.gwb}). */
    public static final int MAX_OTHERS = SessionEntries.BRANCH_ENTRIES.size();
    private static final int MAX_NAME = 40;

    private SessionBranches() {
    }

    /** A branch to save beside the one on show: its run and where it came from. */
    public record Other(String name, TrainingRun run, String parent, long forkStep, String change) {
    }

    private record Listing(List<SessionBranch> branches) {
    }

    /**
     * Saves {@code main} with every other branch nested in the same file. Each branch is written on
     * its own run's thread (to a temporary file beside the target), then the whole file atomically.
     */
    public static CompletableFuture<Path> save(TrainingRun main, String mainName, List<Other> others, Path file) {
        return save(main, mainName, others, file, false);
    }

    /**
     * As {@link #save(TrainingRun, String, List, Path)}; with {@code withCheckpoints} every branch
     * keeps the checkpoints it holds in memory too, so that each can be rewound after it is opened again.
     */
    public static CompletableFuture<Path> save(TrainingRun main, String mainName, List<Other> others, Path file,
                                               boolean withCheckpoints) {
        if (others.size() > MAX_OTHERS) throw new IllegalArgumentException("a session holds at most " + (MAX_OTHERS + 1) + " branches");
        return CompletableFuture.supplyAsync(() -> {
            List<Path> temps = new ArrayList<>();
            try {
                List<SessionBranch> listed = new ArrayList<>();
                listed.add(new SessionBranch(mainName, null, -1, "", null, main.latest().step()));
                for (int i = 0; i < others.size(); i++) {
                    Other o = others.get(i);
                    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".branch-", ".gwb");
                    temps.add(temp);
                    (withCheckpoints ? SessionFiles.saveWithCheckpoints(o.run(), temp) : SessionFiles.save(o.run(), temp)).join();
                    listed.add(new SessionBranch(o.name(), o.parent(), o.forkStep(), o.change(),
                            SessionEntries.BRANCH_ENTRIES.get(i), o.run().latest().step()));
                }
                byte[] json = ConfigJson.mapper().writeValueAsBytes(new Listing(listed));
                main.submitWithCheckpoints((ctx, held) -> {
                    SessionFiles.write(ctx, main.latest().elapsedSeconds(), file, withCheckpoints ? held : List.of(), zip -> {
                        zip.add(SessionEntries.BRANCHES, json);
                        for (int i = 0; i < temps.size(); i++) {
                            Path t = temps.get(i);
                            zip.add(SessionEntries.BRANCH_ENTRIES.get(i), out -> Files.copy(t, out));
                        }
                    });
                    return file;
                }).join();
                return file;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + file, e);
            } finally {
                for (Path t : temps) {
                    try {
                        Files.deleteIfExists(t);
                    } catch (IOException ignored) {
                        // a temporary file left in the folder is harmless
                    }
                }
            }
        });
    }

    /** The branches a session holds, the one on show first; one branch for a session saved without others. */
    public static List<SessionBranch> list(Path file) {
        try (CheckedZipReader zip = CheckedZipReader.open(file, SessionEntries.SPEC)) {
            return list(zip, file);
        }
    }

    private static List<SessionBranch> list(CheckedZipReader zip, Path file) {
        if (!zip.has(SessionEntries.BRANCHES)) return List.of(new SessionBranch("A", null, -1, "", null, -1));
        Listing listing;
        try {
            listing = ConfigJson.mapper().readValue(zip.bytes(SessionEntries.BRANCHES), Listing.class);
        } catch (IOException e) {
            throw new SessionException(file + " is damaged: " + SessionEntries.BRANCHES + " cannot be read (" + e.getMessage() + ").");
        }
        List<SessionBranch> branches = listing.branches();
        if (branches == null || branches.isEmpty() || branches.size() > MAX_OTHERS + 1) {
            throw new SessionException(file + " is damaged: it lists " + (branches == null ? 0 : branches.size()) + " branches.");
        }
        Map<String, SessionBranch> byName = new HashMap<>();
        Set<String> entries = new HashSet<>();
        for (int i = 0; i < branches.size(); i++) {
            SessionBranch b = branches.get(i);
            if (b == null || b.name() == null || b.name().isBlank() || b.name().length() > MAX_NAME) {
                throw new SessionException(file + " is damaged: a branch has no usable name.");
            }
            if (byName.put(b.name(), b) != null) throw new SessionException(file + " is damaged: two branches are named " + b.name() + ".");
            boolean onShow = i == 0;
            if (onShow != (b.entry() == null)) {
                throw new SessionException(file + " is damaged: branch " + b.name() + (onShow ? " is the one on show but names an entry."
                        : " names no entry of its own."));
            }
            if (!onShow && (!SessionEntries.BRANCH_ENTRIES.contains(b.entry()) || !entries.add(b.entry()))) {
                throw new SessionException(file + " is damaged: branch " + b.name() + " names the entry '" + b.entry() + "'.");
            }
            if (!onShow && !zip.has(b.entry())) {
                throw new SessionException(file + ": branch " + b.name() + " is listed but its session (" + b.entry()
                        + ") is missing. The other branches still open.");
            }
        }
        for (SessionBranch b : branches) {
            if (b.parent() != null && !byName.containsKey(b.parent())) {
                throw new SessionException(file + ": branch " + b.name() + " names " + b.parent()
                        + " as its parent, which the session does not hold.");
            }
            Set<String> seen = new HashSet<>();
            for (SessionBranch at = b; at.parent() != null; at = byName.get(at.parent())) {
                if (!seen.add(at.name())) {
                    throw new SessionException(file + ": the branches' parents form a cycle (through " + at.name()
                            + "); a branch cannot descend from itself. The session was edited or damaged.");
                }
            }
        }
        return List.copyOf(branches);
    }

    /**
     * Opens one branch of a session on the calling (engine) thread: the one on show as any session,
     * another by reading its nested session from a temporary copy with the same checks.
     */
    public static RunSource load(Path file, String name, Consumer<String> warnings) {
        return load(file, name, warnings, SessionData.IF_AVAILABLE);
    }

    /** As {@link #load(Path, String, Consumer)}, reading the branch's dataset only as {@code data} says. */
    public static RunSource load(Path file, String name, Consumer<String> warnings, SessionData data) {
        return withBranch(file, name, own -> own == null ? SessionFiles.load(file, warnings, data)
                : SessionFiles.load(own, warnings, data));
    }

    /**
     * Reads the checkpoints branch {@code name} of the session holds into {@code run} (a run opened from
     * that branch), as {@link SessionFiles#loadCheckpoints} does for a session's own; completes with how
     * many the run holds then (0 when the branch was saved without any). A null name is the branch the
     * session opens on.
     */
    public static CompletableFuture<Integer> loadCheckpoints(TrainingRun run, Path file, String name) {
        if (name == null) { // the session's own branch: no listing to read
            try {
                return SessionFiles.checkpointSteps(file).isEmpty() ? CompletableFuture.completedFuture(0) : SessionFiles.loadCheckpoints(run, file);
            } catch (SessionException damaged) {
                return CompletableFuture.failedFuture(damaged);
            }
        }
        return CompletableFuture.supplyAsync(() -> withBranch(file, name, own -> {
            Path session = own == null ? file : own;
            if (SessionFiles.checkpointSteps(session).isEmpty()) return 0;
            try {
                return SessionFiles.loadCheckpoints(run, session).join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof SessionException damaged) throw damaged;
                throw e;
            }
        }));
    }

    /** The names of the branches a session holds, the one on show first (["A"] for a session of one branch). */
    public static List<String> names(Path file) {
        return list(file).stream().map(SessionBranch::name).toList();
    }

    /**
     * Runs {@code read} on branch {@code name}: with null for the session's own branch, else with a
     * temporary copy of its nested session (deleted afterwards). Errors name the file and the branch.
     */
    private static <T> T withBranch(Path file, String name, java.util.function.Function<Path, T> read) {
        SessionBranch branch;
        Path temp;
        try (CheckedZipReader zip = CheckedZipReader.open(file, SessionEntries.SPEC)) {
            List<SessionBranch> all = list(zip, file);
            branch = all.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow(() -> new SessionException(
                    file + " holds no branch named " + name + "; it holds " + String.join(", ", all.stream().map(SessionBranch::name).toList()) + "."));
            if (branch.entry() == null) return read.apply(null);
            temp = Files.createTempFile("gan-workbench-branch-", ".gwb");
            try (InputStream in = zip.stream(branch.entry())) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        try {
            return read.apply(temp);
        } catch (SessionException e) {
            throw new SessionException(file + ", branch " + name + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}
