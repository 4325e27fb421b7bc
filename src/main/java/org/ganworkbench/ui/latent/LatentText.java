package org.ganworkbench.ui.latent;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * A latent vector as clipboard text: "[0.1234, -1.5000, ...]". Parsing takes the same form, or
 * bare numbers separated by commas, spaces or new lines (a NumPy print or a CSV row pastes as well).
 */
final class LatentText {

    private LatentText() {
    }

    static String format(float[] z) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (float v : z) j.add(String.format(Locale.ROOT, "%.4f", v));
        return j.toString();
    }

    /**
     * @return the {@code size} numbers in {@code text}
     * @throws IllegalArgumentException with a message for the user when the text is not such a vector
     */
    static float[] parse(String text, int size) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("The clipboard holds no text to paste as z.");
        String body = text.strip();
        if (body.startsWith("[")) body = body.substring(1);
        if (body.endsWith("]")) body = body.substring(0, body.length() - 1);
        String[] parts = body.strip().split("[,;\\s]+");
        if (parts.length == 1 && parts[0].isEmpty()) parts = new String[0];
        if (parts.length != size) {
            throw new IllegalArgumentException("z needs " + size + " numbers, the clipboard has " + parts.length + ".");
        }
        float[] z = new float[size];
        for (int i = 0; i < size; i++) {
            try {
                z[i] = Float.parseFloat(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + abbreviate(parts[i]) + "' (number " + (i + 1) + ") is not a number.");
            }
            if (!Float.isFinite(z[i])) throw new IllegalArgumentException("number " + (i + 1) + " is not finite.");
        }
        return z;
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "...";
    }
}
