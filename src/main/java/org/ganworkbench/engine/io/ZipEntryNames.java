package org.ganworkbench.engine.io;

import java.util.regex.Pattern;

/**
 * The one rule for entry names inside the zip archives the app reads and writes (sessions, judges,
 * style transfers, .npz datasets), shared by the writer (what we create) and the reader (what we
 * accept from others). Names are plain relative paths such as
 * {@code generator/params.npy}: nothing that could mean "go up", "start at the root" or "another
 * drive" on any operating system, so that no tool extracting the file can be led outside its folder.
 */
public final class ZipEntryNames {

    /** Long enough for any name we write; bounds the work and the size of error messages. */
    public static final int MAX_LENGTH = 200;

    // Backslash, colon (drive letters, NTFS streams), control characters and non-ASCII are all
    // outside this set; so is every character whose meaning differs between file systems.
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");

    private ZipEntryNames() {
    }

    /** Whether {@code name} is a file name we write and accept. */
    public static boolean isValidFileName(String name) {
        return problemWith(name) == null;
    }

    /**
     * Whether a name found in someone else's zip is harmless: a valid file name, or a folder entry
     * (trailing {@code /}, which zip tools add) whose path is valid.
     */
    public static boolean isSafeInArchive(String name) {
        if (name.endsWith("/")) return isValidFileName(name.substring(0, name.length() - 1));
        return isValidFileName(name);
    }

    /** Throws {@link IllegalArgumentException}: names come from our own code, a bad one is a bug. */
    public static String requireValidFileName(String name) {
        String problem = problemWith(name);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid zip entry name '" + printable(name) + "': " + problem);
        }
        return name;
    }

    /** Null if {@code name} is valid, else what is wrong with it. */
    private static String problemWith(String name) {
        if (name == null || name.isEmpty()) return "empty";
        if (name.length() > MAX_LENGTH) return "longer than " + MAX_LENGTH + " characters";
        if (!ALLOWED.matcher(name).matches()) return "only A-Z a-z 0-9 . _ / - are allowed";
        if (name.startsWith("/")) return "absolute";
        if (name.endsWith("/")) return "a folder, not a file";
        // ".." anywhere (not only as a whole segment): stricter than needed, but nothing we write
        // needs it and the rule is then obvious to anyone reading a name.
        if (name.contains("..")) return "contains '..'";
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty()) return "contains an empty path segment";
            if (segment.equals(".")) return "contains a '.' path segment";
        }
        return null;
    }

    /**
     * A name from an untrusted file, fit for an error message: non-printable characters (terminal
     * escapes, newlines) become '?', and very long names are cut.
     */
    public static String printable(String name) {
        return UntrustedText.printable(name);
    }
}
