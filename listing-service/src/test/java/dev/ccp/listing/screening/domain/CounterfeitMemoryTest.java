package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CounterfeitMemoryTest {

    @Test
    void findsEveryConfirmedCounterfeitWithAnImageNearAsAFullComparisonWould() {
        Random random = new Random(9);
        CounterfeitMemory memory = new CounterfeitMemory();
        List<ConfirmedCounterfeit> all = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            List<Long> images = List.of(random.nextLong(), random.nextLong(), random.nextLong());
            ConfirmedCounterfeit counterfeit = new ConfirmedCounterfeit("l-" + i, "s-" + i % 50, Set.of("b-" + i % 7),
                    List.of("bag", "quilted", "w" + i), images);
            all.add(counterfeit);
            memory.remember(counterfeit);
        }
        for (int q = 0; q < 500; q++) {
            List<Long> listing = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                long image = all.get(random.nextInt(all.size())).images().get(random.nextInt(3));
                for (int flips = random.nextInt(10); flips > 0; flips--) {
                    image ^= 1L << random.nextInt(64);
                }
                listing.add(image);
            }
            assertThat(summary(memory.near("new", listing, List.of("bag"), 6)))
                    .isEqualTo(summary(bruteForce(all, listing, 6)));
        }
    }

    @Test
    void aForgottenCounterfeitAndTheListingItselfAreNeverAnswered() {
        CounterfeitMemory memory = new CounterfeitMemory();
        ConfirmedCounterfeit first = new ConfirmedCounterfeit("l-1", "s-1", Set.of("b"), List.of("bag"), List.of(0xF0F0L));
        memory.remember(first);
        assertThat(memory.near("l-1", List.of(0xF0F0L), List.of(), 6)).as("itself").isEmpty();
        assertThat(memory.near("l-2", List.of(0xF0F1L), List.of(), 6)).hasSize(1);

        memory.forget("l-1");
        assertThat(memory.near("l-2", List.of(0xF0F1L), List.of(), 6)).isEmpty();
        assertThat(memory.size()).isZero();

        ConfirmedCounterfeit again = new ConfirmedCounterfeit("l-1", "s-1", Set.of("b"), List.of("bag"), List.of(0xAAAAL));
        memory.remember(again);
        assertThat(memory.near("l-2", List.of(0xF0F1L), List.of(), 6)).as("its old images are gone").isEmpty();
        assertThat(memory.near("l-2", List.of(0xAAABL), List.of(), 6)).extracting(CounterfeitMemory.Match::counterfeit)
                .containsExactly(again);
    }

    private static List<CounterfeitMemory.Match> bruteForce(List<ConfirmedCounterfeit> all, List<Long> listing, int max) {
        List<CounterfeitMemory.Match> matches = new ArrayList<>();
        for (ConfirmedCounterfeit counterfeit : all) {
            int near = 0;
            int closest = Integer.MAX_VALUE;
            for (long image : listing) {
                int best = counterfeit.images().stream().mapToInt(known -> Long.bitCount(image ^ known)).min().orElseThrow();
                near += best <= max ? 1 : 0;
                closest = Math.min(closest, best);
            }
            if (near > 0) {
                matches.add(new CounterfeitMemory.Match(counterfeit, near, closest, 0));
            }
        }
        return matches;
    }

    private static Map<String, String> summary(List<CounterfeitMemory.Match> matches) {
        return matches.stream().collect(Collectors.toMap(m -> m.counterfeit().listingId(),
                m -> m.imagesNear() + "/" + m.closestDistance(), (a, b) -> a, TreeMap::new));
    }
}
