package dev.ccp.litigation.evidence.application;

import dev.ccp.litigation.evidence.domain.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A ZIP being written, keeping the {@code sha256sum} manifest line of every file it lists. */
final class BundleWriter implements AutoCloseable {
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private final ZipOutputStream zip;
    private final StringBuilder manifest = new StringBuilder();

    BundleWriter(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        this.zip = new ZipOutputStream(out);
    }

    /** Adds a file and its manifest line ({@code <sha256>  <path>}, two spaces, as sha256sum writes). */
    void add(String path, byte[] bytes) {
        addUnlisted(path, bytes);
        manifest.append(Sha256.hex(Sha256.digest(bytes))).append("  ").append(path).append('\n');
    }

    void addUnlisted(String path, byte[] bytes) {
        try {
            ZipEntry entry = new ZipEntry(path);
            entry.setLastModifiedTime(EPOCH);
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String manifest() {
        return manifest.toString();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
