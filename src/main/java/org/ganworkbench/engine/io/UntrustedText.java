package org.ganworkbench.engine.io;

/** Text taken from an untrusted file, made fit for an error message. */
public final class UntrustedText {

    private static final int MAX_CHARS = 80;

    private UntrustedText() {
    }

    /** Non-printable characters (terminal escapes, newlines) become '?', and very long text is cut. */
    public static String printable(String text) {
        if (text == null) return "null";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        if (out.length() < text.length()) out.append("...");
        return out.toString();
    }
}
