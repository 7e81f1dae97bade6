package dev.ccp.listing.screening.domain;

import java.util.ArrayList;
import java.util.List;
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
    @SuppressWarnings("unchecked")
    private final List<Entry<T>>[] buckets = new List[8 * 256];

    void add(long hash, T value) {
        Entry<T> entry = new Entry<>(hash, value);
        all.add(entry);
        for (int b = 0; b < 8; b++) {
            int key = key(b, hash);
            if (buckets[key] == null) {
                buckets[key] = new ArrayList<>();
            }
            buckets[key].add(entry);
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
        for (int b = 0; b < 8; b++) {
            List<Entry<T>> bucket = buckets[key(b, hash)];
            if (bucket == null) {
                continue;
            }
            for (Entry<T> e : bucket) {
                int d = Long.bitCount(hash ^ e.hash());
                if (d <= maxDistance && firstSharedByte(e.hash(), hash) == b) { // once: in the first bucket shared
                    found.accept(e.value(), d);
                }
            }
        }
    }

    private static int firstSharedByte(long a, long b) {
        long differing = a ^ b;
        for (int i = 0; i < 8; i++) {
            if ((differing >>> (i * 8) & 0xff) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int key(int byteIndex, long hash) {
        return byteIndex << 8 | (int) (hash >>> (byteIndex * 8)) & 0xff;
    }
}
