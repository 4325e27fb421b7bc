package org.ganworkbench.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in presets, shipped as JSON in {@code assets/presets} (inside the jar under
 * {@code /assets/presets}); {@code index.txt} there lists them in menu order.
 */
public final class Presets {

    /** The preset a fresh start uses: digits a class recognises at a glance. */
    public static final String DEFAULT = "digits-mlp";

    private static final String ROOT = "/assets/presets/";
    private static volatile List<Preset> all;

    private Presets() {
    }

    public static List<Preset> all() {
        List<Preset> result = all;
        if (result == null) {
            result = loadAll();
            all = result;
        }
        return result;
    }

    public static Optional<Preset> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static Preset get(String name) {
        return find(name).orElseThrow(() -> new ConfigException("Unknown preset '" + name + "'. Presets: "
                + String.join(", ", all().stream().map(Preset::name).toList())));
    }

    public static Preset defaultPreset() {
        return get(DEFAULT);
    }

    private static List<Preset> loadAll() {
        List<Preset> presets = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) continue;
            try {
                Preset p = ConfigJson.mapper().readValue(resource(name + ".json"), Preset.class);
                if (!p.name().equals(name)) {
                    throw new IllegalStateException("preset file " + name + ".json names itself " + p.name());
                }
                presets.add(p);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("built-in preset " + name + " is broken: " + e.getOriginalMessage(), e);
            }
        }
        return List.copyOf(presets);
    }

    private static String resource(String file) {
        try (InputStream in = Presets.class.getResourceAsStream(ROOT + file)) {
            if (in == null) throw new IllegalStateException("missing built-in resource " + ROOT + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
