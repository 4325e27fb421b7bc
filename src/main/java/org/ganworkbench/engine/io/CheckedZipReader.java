package org.ganworkbench.engine.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ganworkbench.engine.WorkbenchException;

/**
 * The one reader of zip archives that may come from anyone: session files, judges, saved style
 * transfers and {@code .npz} datasets all open through it, so they share its limits and its
 * messages. Before anything is read:
 * <ul>
 *   <li>the file is a regular file no larger than the {@link ZipSpec} allows, and a zip whose table
 *       of contents is intact ({@link ZipFile} reads the central directory at the end of the file,
 *       so a cut-off file is noticed at once, and the names it sees are the ones every other zip
 *       tool sees);</li>
 *   <li>every name is a plain relative path (no {@code ..}, no leading {@code /}, no backslash, no
 *       drive letter; {@link ZipEntryNames}) and occurs once; the file is refused otherwise, even
 *       where the entry would be ignored, because such names only come from broken or crafted
 *       archives;</li>
 *   <li>the number of entries is within the spec, and the decompressed size each allowed entry
 *       declares is within its cap and, summed, within the total cap.</li>
 * </ul>
 * Every entry is then read through a {@link CheckedEntryStream}, which stops a zip bomb whose header
 * lies after one byte more than the declared size and checks the CRC. {@link #open} goes on to
 * decompress every allowed entry once, so that a damaged file is refused before any of it is used
 * (what sessions need: a half-loaded run is worse than none); {@link #openForStreaming} skips that
 * pass for archives whose entries are each read once anyway (a dataset's arrays).
 *
 * <p>Entries not in the spec are ignored rather than refused: a later version of GAN Workbench may
 * add optional entries, and an older one should still open the rest. Ignoring is safe because such
 * an entry is never decompressed; it still counts towards {@code maxEntries}, and
 * {@link #ignoredEntryNames()} lists it for the caller to refuse if its format allows nothing else.
 *
 * <p>All refusals come from the spec's {@link ArchiveKind}: they name the file and the limit broken.
 */
public final class CheckedZipReader implements Closeable {

    private final Path file;
    private final ZipSpec spec;
    private final ZipFile zip;
    private final Map<String, ZipEntry> allowed;
    private final List<String> ignored;

    private CheckedZipReader(Path file, ZipSpec spec, ZipFile zip, Map<String, ZipEntry> allowed, List<String> ignored) {
        this.file = file;
        this.spec = spec;
        this.zip = zip;
        this.allowed = allowed;
        this.ignored = ignored;
    }

    /** Opens {@code file} and checks all of it, decompressing every allowed entry once. */
    public static CheckedZipReader open(Path file, ZipSpec spec) {
        return open(file, spec, true);
    }

    /** Opens {@code file} and checks its structure; each entry's data are checked as they are read. */
    public static CheckedZipReader openForStreaming(Path file, ZipSpec spec) {
        return open(file, spec, false);
    }

    private static CheckedZipReader open(Path file, ZipSpec spec, boolean readAll) {
        ArchiveKind kind = spec.kind();
        checkIsPlausibleFile(file, spec);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw kind.damaged(file, "not a zip archive, or cut off", e);
        } catch (IOException e) {
            throw kind.refuse("Could not open " + file + " (" + IoErrors.reason(e) + ").", e);
        } catch (RuntimeException e) {
            throw kind.damaged(file, "unreadable zip structure", e);
        }
        try {
            Map<String, ZipEntry> allowed = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            listEntries(file, zip, spec, allowed, ignored);
            checkRequiredPresent(file, spec, allowed);
            checkDeclaredSizes(file, spec, allowed);
            CheckedZipReader reader = new CheckedZipReader(file, spec, zip, allowed, Collections.unmodifiableList(ignored));
            if (readAll) {
                for (String name : allowed.keySet()) {
                    try (InputStream in = reader.stream(name)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
            return reader;
        } catch (IOException e) {
            closeQuietly(zip);
            throw kind.refuse("Could not read " + file + " (" + IoErrors.reason(e) + ").", e);
        } catch (WorkbenchException e) {
            closeQuietly(zip);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            // ZipFile reports some malformed structures this way (e.g. bad names, bad offsets).
            throw kind.damaged(file, "unreadable zip structure", e);
        }
    }

    /** The file this reader reads. */
    public Path file() {
        return file;
    }

    /** Whether the allowed entry {@code name} is in the file. */
    public boolean has(String name) {
        return allowed.containsKey(name);
    }

    /** The allowed entries present, in file order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(allowed.keySet());
    }

    /** Entries present but not in the spec, which were not read. */
    public List<String> ignoredEntryNames() {
        return ignored;
    }

    /** The decompressed size an entry declares (within its cap; never more than its stream yields). */
    public long size(String name) {
        return entry(name).getSize();
    }

    /** The whole content of an entry. */
    public byte[] bytes(String name) {
        long size = size(name);
        if (size > Integer.MAX_VALUE - 8) throw new IllegalStateException("'" + name + "' is too large; use stream()");
        try (InputStream in = stream(name)) {
            byte[] content = in.readNBytes((int) size);
            if (in.read() != -1) throw spec.kind().damaged(file, "entry '" + name + "' changed while it was read");
            return content;
        } catch (IOException e) {
            throw spec.kind().refuse("Could not read " + file + " (" + IoErrors.reason(e) + ").", e);
        }
    }

    /**
     * The content of an entry as a stream that never yields more than the entry's declared size and
     * fails with the spec's refusal if the data differ from what the header says (too long, too
     * short, a bad CRC, or the file changed on disk since it was checked). The caller closes it.
     */
    public InputStream stream(String name) {
        ZipEntry entry = entry(name);
        try {
            return new CheckedEntryStream(zip.getInputStream(entry), file, spec.kind(), name, entry.getSize(), entry.getCrc());
        } catch (ZipException e) {
            throw spec.kind().damaged(file, "entry '" + name + "' has a broken header", e);
        } catch (IOException e) {
            throw spec.kind().refuse("Could not read " + file + " (" + IoErrors.reason(e) + ").", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = allowed.get(name);
        if (entry != null) return entry;
        if (spec.entry(name) == null) {
            throw new IllegalArgumentException("'" + ZipEntryNames.printable(name) + "' is not in this reader's spec");
        }
        throw spec.kind().refuse(file + " has no '" + name + "'. The " + spec.kind().description()
                + " is incomplete or from another version.", null);
    }

    private static void checkIsPlausibleFile(Path file, ZipSpec spec) {
        ArchiveKind kind = spec.kind();
        if (!Files.exists(file)) throw kind.refuse("File not found: " + file, null);
        if (Files.isDirectory(file)) throw kind.refuse(file + " is a folder, not a " + kind.description() + ".", null);
        if (!Files.isRegularFile(file)) throw kind.refuse(file + " is not a regular file.", null);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw kind.refuse("Could not open " + file + " (" + IoErrors.reason(e) + ").", e);
        }
        if (size > spec.maxFileBytes()) {
            throw kind.damaged(file, "the file has " + size + " bytes; a " + kind.description() + " has at most "
                    + spec.maxFileBytes());
        }
    }

    private static void listEntries(Path file, ZipFile zip, ZipSpec spec, Map<String, ZipEntry> allowed, List<String> ignored) {
        ArchiveKind kind = spec.kind();
        if (zip.size() > spec.maxEntries()) {
            throw kind.damaged(file, "it lists " + zip.size() + " entries; a " + kind.description() + " has at most "
                    + spec.maxEntries());
        }
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!ZipEntryNames.isSafeInArchive(name)) {
                throw kind.refuse(file + " contains an entry with the unsafe name '" + ZipEntryNames.printable(name)
                        + "'. The entries of a " + kind.description() + " have plain relative names; this file is"
                        + " damaged or was crafted to write outside its folder, so GAN Workbench will not open it.", null);
            }
            if (!seen.add(name)) throw kind.damaged(file, "the entry '" + name + "' occurs twice");
            if (seen.size() > spec.maxEntries()) throw kind.damaged(file, "it has more than " + spec.maxEntries() + " entries");
        }
        // A second pass, by the entries themselves, once names are known to be safe and unique.
        entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (spec.entry(entry.getName()) != null) allowed.put(entry.getName(), entry);
            else ignored.add(entry.getName());
        }
    }

    private static void checkRequiredPresent(Path file, ZipSpec spec, Map<String, ZipEntry> allowed) {
        List<String> missing = spec.entries().stream()
                .filter(e -> e.required() && !allowed.containsKey(e.name()))
                .map(ZipSpec.Entry::name)
                .toList();
        if (!missing.isEmpty()) {
            throw spec.kind().refuse(file + " is not a complete " + spec.kind().description() + ": it lacks "
                    + String.join(", ", missing) + ". It is damaged, or it is some other zip file.", null);
        }
    }

    /**
     * Refuses at once what the header admits is too big. The header can lie downwards, which
     * {@link CheckedEntryStream} catches; since no entry may then exceed its declared size, the sum
     * checked here also bounds the bytes actually decompressed.
     */
    private static void checkDeclaredSizes(Path file, ZipSpec spec, Map<String, ZipEntry> allowed) {
        ArchiveKind kind = spec.kind();
        long total = 0;
        for (ZipEntry entry : allowed.values()) {
            long size = entry.getSize();
            long max = spec.entry(entry.getName()).maxBytes();
            if (size < 0) throw kind.damaged(file, "entry '" + entry.getName() + "' has no size");
            if (size > max) {
                throw kind.damaged(file, "entry '" + entry.getName() + "' holds " + size + " bytes, more than the "
                        + max + " allowed");
            }
            if (size > spec.maxTotalBytes() - total) {
                throw kind.damaged(file, "its entries hold more than the " + spec.maxTotalBytes() + " bytes allowed in all");
            }
            total += size;
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Closing a file we only read; nothing is lost.
        }
    }
}
