package org.ganworkbench.engine.io;

import java.util.List;

/**
 * What a zip archive from outside may contain, for {@link CheckedZipReader}: the allowed entries,
 * each with the most bytes it may hold once decompressed, and caps on the archive as a whole. The
 * caps make any file, however crafted, cost bounded time and memory to open.
 *
 * @param kind          what the archive is to the user, for the wording of refusals
 * @param entries       the entries that are read; all others are ignored (see {@link CheckedZipReader})
 * @param maxEntries    most entries the archive may list, including ignored ones
 * @param maxTotalBytes most decompressed bytes of all allowed entries together
 * @param maxFileBytes  largest archive file accepted (Java's zip reader keeps the archive's whole
 *                      table of contents in memory, and that table can be as large as the file)
 */
public record ZipSpec(ArchiveKind kind, List<Entry> entries, int maxEntries, long maxTotalBytes, long maxFileBytes) {

    /**
     * One allowed entry.
     *
     * @param maxBytes most bytes it may hold once decompressed
     * @param required whether a file without it is refused
     */
    public record Entry(String name, long maxBytes, boolean required) {
        public Entry {
            ZipEntryNames.requireValidFileName(name);
            if (maxBytes < 0) throw new IllegalArgumentException("maxBytes of '" + name + "' is negative");
        }

        public static Entry required(String name, long maxBytes) {
            return new Entry(name, maxBytes, true);
        }

        public static Entry optional(String name, long maxBytes) {
            return new Entry(name, maxBytes, false);
        }
    }

    public ZipSpec {
        java.util.Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
        if (entries.stream().map(Entry::name).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("an entry name is listed twice");
        }
        if (maxEntries < entries.size()) throw new IllegalArgumentException("maxEntries is below the entries listed");
        if (maxTotalBytes < 0 || maxFileBytes < 0) throw new IllegalArgumentException("negative byte cap");
    }

    /**
     * A spec whose file-size cap allows the entries at their caps plus the zip's own overhead:
     * deflate never grows data by more than about 0.01%, and each entry adds headers of a few
     * hundred bytes.
     */
    public ZipSpec(ArchiveKind kind, List<Entry> entries, int maxEntries, long maxTotalBytes) {
        this(kind, entries, maxEntries, maxTotalBytes,
                saturatedSum(maxTotalBytes, maxTotalBytes / 1024, 1024L * maxEntries, 64 * 1024));
    }

    /** The rule for {@code name}, or null if that entry is not read. */
    public Entry entry(String name) {
        for (Entry e : entries) {
            if (e.name().equals(name)) return e;
        }
        return null;
    }

    private static long saturatedSum(long... terms) {
        long sum = 0;
        for (long t : terms) sum = sum > Long.MAX_VALUE - t ? Long.MAX_VALUE : sum + t;
        return sum;
    }
}
