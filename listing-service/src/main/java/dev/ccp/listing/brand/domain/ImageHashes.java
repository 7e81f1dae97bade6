package dev.ccp.listing.brand.domain;

import java.util.List;
import java.util.Locale;

/** 64-bit perceptual hashes as 16 hex characters, the way the API writes them. */
public final class ImageHashes {
    public static final String PATTERN = "[0-9a-fA-F]{16}";
    public static final String MESSAGE = "must be a 64-bit perceptual hash written as 16 hex characters";

    private ImageHashes() {
    }

    public static long parse(String hex) {
        return Long.parseUnsignedLong(hex, 16);
    }

    public static List<Long> parseAll(List<String> hex) {
        return hex == null ? List.of() : hex.stream().map(ImageHashes::parse).toList();
    }

    public static String format(long hash) {
        return String.format(Locale.ROOT, "%016x", hash);
    }
}
