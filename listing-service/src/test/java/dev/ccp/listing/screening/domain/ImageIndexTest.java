package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageIndexTest {

    @Test
    void finds_each_stored_hash_within_the_distance_exactly_once_as_a_full_scan_would() {
        Random random = new Random(5);
        List<Long> stored = new ArrayList<>();
        ImageIndex<Integer> index = new ImageIndex<>();
        for (int i = 0; i < 5_000; i++) {
            long hash = random.nextLong();
            stored.add(hash);
            index.add(hash, i);
        }
        for (int q = 0; q < 2_000; q++) {
            long query = stored.get(random.nextInt(stored.size()));
            for (int flips = random.nextInt(13); flips > 0; flips--) {
                query ^= 1L << random.nextInt(64);
            }
            for (int distance : new int[] {0, 3, 4, 7, 9, 11, 12}) {
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < stored.size(); i++) {
                    if (Long.bitCount(stored.get(i) ^ query) <= distance) {
                        expected.add(i);
                    }
                }
                List<Integer> found = new ArrayList<>();
                long q0 = query;
                index.near(query, distance, (value, d) -> {
                    assertThat(d).isEqualTo(Long.bitCount(stored.get(value) ^ q0));
                    found.add(value);
                });
                assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }
}
