package dev.ccp.takedown.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The labelled data sets in the checkout's data/ (the build passes {@code devstack.data.dir}; CCP_DATA_DIR overrides). */
public final class DataSets {
    private DataSets() {
    }

    public static Path file(String name) {
        String override = System.getenv("CCP_DATA_DIR");
        Path dir = Path.of(override != null && !override.isBlank() ? override : System.getProperty("devstack.data.dir", "../data"));
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing: the data sets live in the checkout's data/");
        }
        return file;
    }
}
