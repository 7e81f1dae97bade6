package dev.ccp.listing.screening.domain;

/**
 * A Bloom filter over the matcher's keys. Nearly every word of a listing, and every one-letter deletion of it that
 * typo matching tries, is no key at all; a probe of this small bit array answers "surely not" without touching the
 * large hash maps, whose random reads miss the CPU caches. About 12 bits per key, two probes: roughly one false
 * "maybe" in a hundred, which the map look-up then settles.
 */
final class KeyFilter {
    private final long[] bits;
    private final int mask;

    KeyFilter(int expectedKeys) {
        int size = Integer.highestOneBit(Math.max(1 << 12, expectedKeys * 12 - 1)) << 1;
        this.bits = new long[size >>> 6];
        this.mask = size - 1;
    }

    void add(String key) {
        long h = mix(key.hashCode());
        set((int) h & mask);
        set((int) (h >>> 32) & mask);
    }

    boolean mayContain(String key) {
        return mayContainHash(key.hashCode());
    }

    /** For a key known only by its {@link String#hashCode()}, computed without building the string. */
    boolean mayContainHash(int stringHash) {
        long h = mix(stringHash);
        return isSet((int) h & mask) && isSet((int) (h >>> 32) & mask);
    }

    private void set(int bit) {
        bits[bit >>> 6] |= 1L << bit;
    }

    private boolean isSet(int bit) {
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    /** Spreads String's weak hash over 64 bits (MurmurHash3's finaliser). */
    private static long mix(int hash) {
        long h = hash * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }
}
