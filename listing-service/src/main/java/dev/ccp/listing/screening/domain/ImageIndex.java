package dev.ccp.listing.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * 64-bit perceptual hashes indexed for "which stored hashes are within d bits of this one" (multi-index hashing).
 * Each hash is filed under its four 16-bit chunks. Two hashes within d bits differ in one of the chunks by at most
 * d / 4 bits (pigeonhole), so a query probes, in each chunk, its own value and the values that many bits away: 17
 * buckets per chunk for d up to 7, each holding about 1/65,536 of the hashes. Hundreds of thousands of stored images
 * cost a few hundred comparisons, not a scan. Beyond {@value #MAX_INDEXED_DISTANCE} bits it falls back to a scan.
 * Not thread-safe for writes: callers guard {@link #add} against concurrent {@link #near}.
 */
final class ImageIndex<T> {
    private static final int CHUNKS = 4;
    private static final int CHUNK_BITS = 16;
    private static final int MAX_INDEXED_DISTANCE = 11; // two bits per chunk: 137 probes per chunk

    private record Entry<T>(long hash, T value) {
    }

    private final List<Entry<T>> all = new ArrayList<>();
    @SuppressWarnings("unchecked")
    private final List<Entry<T>>[] buckets = new List[CHUNKS << CHUNK_BITS];

    void add(long hash, T value) {
        Entry<T> entry = new Entry<>(hash, value);
        all.add(entry);
        for (int c = 0; c < CHUNKS; c++) {
            int key = c << CHUNK_BITS | chunk(hash, c);
            if (buckets[key] == null) {
                buckets[key] = new ArrayList<>(2);
            }
            buckets[key].add(entry);
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Calls {@code found} once with each stored value within {@code maxDistance} bits of {@code hash}, and the distance. */
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
        int radius = maxDistance / CHUNKS;
        for (int c = 0; c < CHUNKS; c++) {
            int own = chunk(hash, c);
            probe(c, own, hash, maxDistance, radius, found);
            for (int i = 0; radius >= 1 && i < CHUNK_BITS; i++) {
                probe(c, own ^ 1 << i, hash, maxDistance, radius, found);
                for (int j = i + 1; radius >= 2 && j < CHUNK_BITS; j++) {
                    probe(c, own ^ 1 << i ^ 1 << j, hash, maxDistance, radius, found);
                }
            }
        }
    }

    private void probe(int c, int value, long hash, int maxDistance, int radius, BiConsumer<T, Integer> found) {
        List<Entry<T>> bucket = buckets[c << CHUNK_BITS | value];
        if (bucket == null) {
            return;
        }
        for (Entry<T> e : bucket) {
            int d = Long.bitCount(hash ^ e.hash());
            if (d <= maxDistance && firstChunkWithin(e.hash(), hash, radius) == c) { // once: via the first such chunk
                found.accept(e.value(), d);
            }
        }
    }

    private static int firstChunkWithin(long a, long b, int radius) {
        for (int c = 0; c < CHUNKS; c++) {
            if (Integer.bitCount(chunk(a, c) ^ chunk(b, c)) <= radius) {
                return c;
            }
        }
        return -1;
    }

    private static int chunk(long hash, int c) {
        return (int) (hash >>> (c * CHUNK_BITS)) & 0xffff;
    }
}
