package dev.ccp.listing.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled data sets in the checkout's data/ (the build passes {@code devstack.data.dir}; CCP_DATA_DIR overrides). */
public final class DataSets {
    public static final ObjectMapper JSON = new ObjectMapper();

    private DataSets() {
    }

    public static Path file(String name) {
        Path file = dir().resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing: the data sets live in the checkout's data/");
        }
        return file;
    }

    private static Path dir() {
        String override = System.getenv("CCP_DATA_DIR");
        return Path.of(override != null && !override.isBlank() ? override : System.getProperty("devstack.data.dir", "../data"));
    }

    public static JsonNode json(String name) {
        try {
            return JSON.readTree(file(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> jsonLines(String name) {
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file(name))) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
