package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

    @Test
    void never_forgets_a_key_and_rarely_claims_one_it_never_saw() {
        Random random = new Random(3);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            keys.add(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        KeyFilter filter = new KeyFilter(keys.size());
        keys.forEach(filter::add);
        assertThat(keys).allMatch(filter::mayContain);

        int falseMaybes = 0;
        for (int i = 0; i < 100_000; i++) {
            falseMaybes += filter.mayContain("other-" + i) ? 1 : 0;
        }
        assertThat(falseMaybes).as("false 'maybe' answers in 100,000").isLessThan(3_000);
    }
}
