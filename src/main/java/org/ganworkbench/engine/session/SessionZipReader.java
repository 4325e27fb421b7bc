package org.ganworkbench.engine.session;

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

/**
 * Opens a session file that may come from anyone. {@link #open} returns only when the whole file
 * has been checked, so a damaged session is refused before any of it is used:
 * <ul>
 *   <li>it is a zip whose table of contents is intact ({@link ZipFile} reads the central directory
 *       at the end of the file, so a cut-off file is noticed at once, and the names it sees are the
 *       ones every other zip tool sees);</li>
 *   <li>every name is a plain relative path (no {@code ..}, no leading {@code /}, no backslash, no
 *       drive letter) and occurs once; the file is refused otherwise, even where the entry would be
 *       ignored, because such names only come from broken or crafted archives;</li>
 *   <li>the numbers of entries and bytes are within the {@link SessionZipSpec}, and every allowed
 *       entry decompresses to exactly its declared size (counted, never trusted) with the right CRC;
 *   <li>all required entries are present.</li>
 * </ul>
 * Entries not in the spec are ignored rather than refused: a later version of GAN Workbench may add
 * optional entries, and an older one should still open the rest. Ignoring is safe because such an
 * entry is never decompressed or written anywhere; it still counts towards {@code maxEntries}, and
 * {@link #ignoredEntryNames()} lists it for logging. Refusing files of an incompatible version is
 * the job of the session's own manifest, not of the container.
 */
public final class SessionZipReader implements Closeable {

    private final Path file;
    private final SessionZipSpec spec;
    private final ZipFile zip;
    private final Map<String, ZipEntry> allowed;
    private final List<String> ignored;

    private SessionZipReader(Path file, SessionZipSpec spec, ZipFile zip, Map<String, ZipEntry> allowed,
                             List<String> ignored) {
        this.file = file;
        this.spec = spec;
        this.zip = zip;
        this.allowed = allowed;
        this.ignored = ignored;
    }

    /** Opens and fully checks {@code file}; throws a {@link SessionException} saying what is wrong. */
    public static SessionZipReader open(Path file, SessionZipSpec spec) {
        checkIsPlausibleFile(file, spec);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw damaged(file, "not a zip archive, or cut off", e);
        } catch (IOException e) {
            throw new SessionException("Could not open " + file + " (" + IoErrors.reason(e) + ").", e);
        } catch (RuntimeException e) {
            throw damaged(file, "unreadable zip structure", e);
        }
        try {
            Map<String, ZipEntry> allowed = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            listEntries(file, zip, spec, allowed, ignored);
            checkRequiredPresent(file, spec, allowed);
            checkDeclaredSizes(file, spec, allowed);
            SessionZipReader reader = new SessionZipReader(file, spec, zip, allowed,
                    Collections.unmodifiableList(ignored));
            for (String name : allowed.keySet()) {
                try (InputStream in = reader.stream(name)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return reader;
        } catch (IOException e) {
            closeQuietly(zip);
            throw new SessionException("Could not read " + file + " (" + IoErrors.reason(e) + ").", e);
        } catch (SessionException e) {
            closeQuietly(zip);
            throw e;
        } catch (RuntimeException e) {
            // ZipFile reports some malformed structures this way (e.g. bad names, bad offsets).
            closeQuietly(zip);
            throw damaged(file, "unreadable zip structure", e);
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

    /** The decompressed size of an entry (verified when the file was opened). */
    public long size(String name) {
        return entry(name).getSize();
    }

    /** The whole content of an entry. */
    public byte[] bytes(String name) {
        long size = size(name);
        if (size > Integer.MAX_VALUE - 8) throw new IllegalStateException("'" + name + "' is too large; use stream()");
        try (InputStream in = stream(name)) {
            byte[] content = in.readNBytes((int) size);
            if (in.read() != -1) throw damaged(file, "entry '" + name + "' changed while it was read");
            return content;
        } catch (IOException e) {
            throw new SessionException("Could not read " + file + " (" + IoErrors.reason(e) + ").", e);
        }
    }

    /**
     * The content of an entry as a stream that never yields more than the entry's checked size and
     * fails with a {@link SessionException} if the data differ from what was checked at open (say,
     * the file was changed on disk meanwhile). The caller closes it.
     */
    public InputStream stream(String name) {
        ZipEntry entry = entry(name);
        try {
            return new CheckedEntryStream(zip.getInputStream(entry), file, name, entry.getSize(), entry.getCrc());
        } catch (ZipException e) {
            throw damaged(file, "entry '" + name + "' has a broken header", e);
        } catch (IOException e) {
            throw new SessionException("Could not read " + file + " (" + IoErrors.reason(e) + ").", e);
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
            throw new IllegalArgumentException("'" + EntryNames.printable(name) + "' is not in this reader's spec");
        }
        throw new SessionException(file + " has no '" + name + "'. The session is incomplete or from another version.");
    }

    private static void checkIsPlausibleFile(Path file, SessionZipSpec spec) {
        if (!Files.exists(file)) throw new SessionException("Session file not found: " + file);
        if (Files.isDirectory(file)) throw new SessionException(file + " is a folder, not a session file.");
        if (!Files.isRegularFile(file)) throw new SessionException(file + " is not a regular file.");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new SessionException("Could not open " + file + " (" + IoErrors.reason(e) + ").", e);
        }
        if (size > spec.maxFileBytes()) {
            throw damaged(file, "the file has " + size + " bytes; a session has at most " + spec.maxFileBytes());
        }
    }

    private static void listEntries(Path file, ZipFile zip, SessionZipSpec spec,
                                    Map<String, ZipEntry> allowed, List<String> ignored) {
        if (zip.size() > spec.maxEntries()) {
            throw damaged(file, "it lists " + zip.size() + " entries; a session has at most " + spec.maxEntries());
        }
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!EntryNames.isSafeInArchive(name)) {
                throw new SessionException(file + " contains an entry with the unsafe name '" + EntryNames.printable(name)
                        + "'. Session entries are plain relative names; this file is damaged or was crafted to write"
                        + " outside its folder, so GAN Workbench will not open it.");
            }
            if (!seen.add(name)) throw damaged(file, "the entry '" + name + "' occurs twice");
            if (seen.size() > spec.maxEntries()) throw damaged(file, "it has more than " + spec.maxEntries() + " entries");
        }
        // A second pass, by the entries themselves, once names are known to be safe and unique.
        entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (spec.entry(entry.getName()) != null) allowed.put(entry.getName(), entry);
            else ignored.add(entry.getName());
        }
    }

    private static void checkRequiredPresent(Path file, SessionZipSpec spec, Map<String, ZipEntry> allowed) {
        List<String> missing = spec.entries().stream()
                .filter(e -> e.required() && !allowed.containsKey(e.name()))
                .map(SessionZipSpec.Entry::name)
                .toList();
        if (!missing.isEmpty()) {
            throw new SessionException(file + " is not a complete GAN Workbench session: it lacks "
                    + String.join(", ", missing) + ". It is damaged, or it is some other zip file.");
        }
    }

    /**
     * Refuses at once what the header admits is too big. The header can lie downwards, which
     * {@link CheckedEntryStream} catches; since no entry may then exceed its declared size, the sum
     * checked here also bounds the bytes actually decompressed.
     */
    private static void checkDeclaredSizes(Path file, SessionZipSpec spec, Map<String, ZipEntry> allowed) {
        long total = 0;
        for (ZipEntry entry : allowed.values()) {
            long size = entry.getSize();
            long max = spec.entry(entry.getName()).maxBytes();
            if (size < 0) throw damaged(file, "entry '" + entry.getName() + "' has no size");
            if (size > max) {
                throw damaged(file, "entry '" + entry.getName() + "' holds " + size + " bytes, more than the "
                        + max + " allowed");
            }
            if (size > spec.maxTotalBytes() - total) {
                throw damaged(file, "its entries hold more than the " + spec.maxTotalBytes() + " bytes allowed in all");
            }
            total += size;
        }
    }

    static SessionException damaged(Path file, String detail) {
        return damaged(file, detail, null);
    }

    /** As above, keeping the low-level {@code cause} for the log. */
    static SessionException damaged(Path file, String detail, Throwable cause) {
        return new SessionException(file + " is not a GAN Workbench session or is damaged (" + detail
                + "). If someone sent it to you, ask them for a fresh copy.", cause);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Closing a file we only read; nothing is lost.
        }
    }
}
