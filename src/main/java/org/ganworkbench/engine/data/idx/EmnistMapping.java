package org.ganworkbench.engine.data.idx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * EMNIST ships {@code emnist-SPLIT-mapping.txt} beside its IDX files: one line per class,
 * {@code label code-point}, e.g. {@code 10 65} for 'A'. When present it names the classes.
 * Anything unexpected in it means "no names": the mapping is a nicety, never a reason to fail.
 */
final class EmnistMapping {

    private static final long MAX_BYTES = 64 * 1024;

    private EmnistMapping() {
    }

    static Optional<List<String>> namesFor(Path images, int classes) {
        String name = images.getFileName().toString();
        int cut = name.indexOf("-train-") > 0 ? name.indexOf("-train-") : name.indexOf("-test-");
        if (!name.startsWith("emnist-") || cut < 0) return Optional.empty();
        Path mapping = images.resolveSibling(name.substring(0, cut) + "-mapping.txt");
        try {
            if (!Files.isRegularFile(mapping) || Files.size(mapping) > MAX_BYTES) return Optional.empty();
            List<String> names = new ArrayList<>(Collections.nCopies(classes, (String) null));
            for (String line : Files.readAllLines(mapping, StandardCharsets.US_ASCII)) {
                if (line.isBlank()) continue;
                String[] parts = line.strip().split("\\s+");
                if (parts.length != 2) return Optional.empty();
                int label = Integer.parseInt(parts[0]);
                int codePoint = Integer.parseInt(parts[1]);
                if (label < 0 || label >= classes || !Character.isLetterOrDigit(codePoint)) return Optional.empty();
                names.set(label, new String(Character.toChars(codePoint)));
            }
            // EMNIST Letters labels 1..26: label 0 is never used and has no line.
            for (int i = 0; i < classes; i++) if (names.get(i) == null) names.set(i, Integer.toString(i));
            return Optional.of(List.copyOf(names));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
