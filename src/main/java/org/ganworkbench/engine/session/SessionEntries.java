package org.ganworkbench.engine.session;

import java.util.List;
import org.ganworkbench.engine.io.ArchiveKind;
import org.ganworkbench.engine.io.ZipSpec;

/** The entries of a session zip and the most each may hold (the guard against hostile files). */
final class SessionEntries {

    static final String MANIFEST = "manifest.json";
    static final String G_PARAMS = "generator-params.npy";
    static final String G_UPDATER = "generator-updater.npy";
    static final String D_PARAMS = "discriminator-params.npy";
    static final String D_UPDATER = "discriminator-updater.npy";
    static final String FIXED_NOISE = "fixed-noise.npy";
    static final String HISTORY = "history.csv";
    /** Mode coverage over steps (2D runs); absent in images' sessions and in sessions from before it existed. */
    static final String QUALITY = "quality.csv";
    /** The judge's measurements over steps (labelled image runs); since format 2. */
    static final String JUDGED = "judge.csv";
    /** D's view: histograms of D's outputs on real and fake over steps; since format 2. */
    static final String D_OUTPUTS = "d-outputs.csv";
    /** Checkpoints spilled into the session ({@link SessionCheckpoints}); optional, ignored by older readers. */
    static final String CHECKPOINTS = "checkpoints.json";
    static final String CHECKPOINT_ARRAYS = "checkpoints.npy";
    /** The branches a session holds ({@link SessionBranches}); optional, ignored by older readers. */
    static final String BRANCHES = "branches.json";
    /** Each other branch as a whole nested session. */
    static final List<String> BRANCH_ENTRIES = List.of("branch-1.gwb", "branch-2.gwb", "branch-3.gwb", "branch-4.gwb",
            "branch-5.gwb", "branch-6.gwb", "branch-7.gwb");

    private static final long MIB = 1 << 20;
    /** Far above any network the builders make (a 64x64 DCGAN of width 128 has ~60 MB of parameters). */
    private static final long ARRAY_CAP = 2048 * MIB;

    /** How refusals of a session file read; the CLI and the window show them as they are. */
    static final ArchiveKind KIND = new ArchiveKind("GAN Workbench session",
            "If someone sent it to you, ask them for a fresh copy.", SessionException::new);

    static final ZipSpec SPEC = new ZipSpec(KIND, List.of(
            ZipSpec.Entry.required(MANIFEST, MIB),
            ZipSpec.Entry.required(G_PARAMS, ARRAY_CAP),
            ZipSpec.Entry.optional(G_UPDATER, 2 * ARRAY_CAP),
            ZipSpec.Entry.required(D_PARAMS, ARRAY_CAP),
            ZipSpec.Entry.optional(D_UPDATER, 2 * ARRAY_CAP),
            ZipSpec.Entry.required(FIXED_NOISE, 16 * MIB),
            ZipSpec.Entry.required(HISTORY, 1024 * MIB),
            ZipSpec.Entry.optional(QUALITY, 64 * MIB),
            ZipSpec.Entry.optional(JUDGED, 256 * MIB),
            ZipSpec.Entry.optional(D_OUTPUTS, 1024 * MIB),
            ZipSpec.Entry.optional(CHECKPOINTS, 64 * MIB),
            ZipSpec.Entry.optional(CHECKPOINT_ARRAYS, 4 * ARRAY_CAP),
            ZipSpec.Entry.optional(BRANCHES, MIB),
            ZipSpec.Entry.optional(BRANCH_ENTRIES.get(0), 4 * ARRAY_CAP),
            ZipSpec.Entry.optional(BRANCH_ENTRIES.get(1), 4 * ARRAY_CAP),
            ZipSpec.Entry.optional(BRANCH_ENTRIES.get(2), 4 * ARRAY_CAP),
            ZipSpec.Entry.optional(BRANCH_ENTRIES.get(3), 4 * ARRAY_CAP),
            ZipSpec.Entry.optional(BRANCH_ENTRIES.get(4), 4 * ARRAY_CAP),
            ZipSpec.Entry.optional(BRANCH_ENTRIES.get(5), 4 * ARRAY_CAP),
            ZipSpec.Entry.optional(BRANCH_ENTRIES.get(6), 4 * ARRAY_CAP)),
            64, 8 * ARRAY_CAP);

    private SessionEntries() {
    }
}
