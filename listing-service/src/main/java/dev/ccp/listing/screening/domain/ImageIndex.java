package dev.ccp.listing.screening.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * 64-bit perceptual hashes indexed for "which stored hashes are within d bits of this one". Each hash is filed
 * under its eight bytes; two hashes within 7 bits of each other differ in at most 7 bytes, so they share at least
 * one byte in the same position (pigeonhole). A query reads 8 buckets of ~1/256 of the hashes each instead of
 * all of them. Beyond 7 bits it falls back to a scan.
 */
final class ImageIndex<T> {
    private static final int MAX_INDEXED_DISTANCE = 7;

    private record Entry<T>(long hash, T value) {
    }

    private final List<Entry<T>> all = new ArrayList<>();
    private final Map<Integer, List<Entry<T>>> buckets = new HashMap<>();

    void add(long hash, T value) {
        Entry<T> entry = new Entry<>(hash, value);
        all.add(entry);
        for (int b = 0; b < 8; b++) {
            buckets.computeIfAbsent(key(b, hash), k -> new ArrayList<>()).add(entry);
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Calls {@code found} with each stored value within {@code maxDistance} bits of {@code hash}, and the distance. */
    void near(long hash, int maxDistance, BiConsumer<T, Integer> found) {
        if (maxDistance > MAX_INDEXED_DISTANCE) {
            for (Entry<T> e : all) {
                int d = Long.bitCount(hash ^ e.hash());
                if (d <= maxDistance) {
                    found.accept(e.value(), d);
                }
            }
            return;
        }
        Map<Entry<T>, Boolean> seen = new IdentityHashMap<>();
        for (int b = 0; b < 8; b++) {
            for (Entry<T> e : buckets.getOrDefault(key(b, hash), List.of())) {
                if (seen.put(e, Boolean.TRUE) == null) {
                    int d = Long.bitCount(hash ^ e.hash());
                    if (d <= maxDistance) {
                        found.accept(e.value(), d);
                    }
                }
            }
        }
    }

    private static int key(int byteIndex, long hash) {
        return byteIndex << 8 | (int) (hash >>> (byteIndex * 8)) & 0xff;
    }
}
