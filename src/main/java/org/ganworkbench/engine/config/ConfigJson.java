package org.ganworkbench.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes configs as JSON. Unknown keys are errors, so a typo never silently falls back to a default. */
public final class ConfigJson {

    /** Configs are small; anything bigger is not a config. */
    private static final long MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = newMapper();

    private ConfigJson() {
    }

    /** The mapper used for configs and everything that embeds them (presets, session manifests). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper newMapper() {
        ObjectMapper m = new ObjectMapper();
        m.enable(SerializationFeature.INDENT_OUTPUT);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // A missing number reads as 0 and the validator then names it with its allowed range.
        m.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return m;
    }

    public static String toJson(GanConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a config record could not be written as JSON", e);
        }
    }

    public static GanConfig fromJson(String json, String source) {
        try {
            return MAPPER.readValue(json, GanConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(source + ": unknown setting '" + e.getPropertyName() + "' at line "
                    + e.getLocation().getLineNr() + "; known settings there: " + e.getKnownPropertyIds(), e);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new ConfigException(source + " is not a valid config: " + reason, e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + " is not a valid config: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
    }

    public static GanConfig read(Path file) {
        try {
            String json;
            try (java.io.InputStream in = org.ganworkbench.engine.io.InputFiles.openRegular(file, MAX_BYTES, "a config",
                    ConfigException::new)) {
                json = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new ConfigException(file + " is not a valid config: it is not a UTF-8 text file.", e);
            }
            return fromJson(json, file.toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file + " is not a valid config: it is not a UTF-8 text file.", e);
        } catch (NoSuchFileException e) {
            throw new ConfigException("Config file not found: " + file, e);
        } catch (IOException e) {
            throw new ConfigException("Cannot read config " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the config atomically (see {@link org.ganworkbench.engine.io.OutputFiles}: an unpredictable
     * temporary name, never through a link).
     *
     * @throws org.ganworkbench.engine.io.OutputException when it cannot be written; the previous file is kept
     */
    public static void write(GanConfig config, Path file) throws IOException {
        String json = toJson(config);
        org.ganworkbench.engine.io.OutputFiles.write(file, temp -> Files.writeString(temp, json));
    }
}
