package dev.ccp.seller.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The labelled data sets in shared/data beside the checkout (the build passes -Ddevstack.data.dir). */
public final class DataSets {
    private DataSets() {
    }

    public static Path file(String name) {
        Path dir = Path.of(System.getProperty("devstack.data.dir", "../../shared/data"));
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing: the data sets live in shared/data "
                    + "beside the checkout");
        }
        return file;
    }
}
