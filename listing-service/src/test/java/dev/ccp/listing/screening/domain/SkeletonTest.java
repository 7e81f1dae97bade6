package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SkeletonTest {

    @Test
    void reads_disguises_as_the_letters_they_stand_for() {
        assertThat(Skeleton.of("Ch@ne1")).isEqualTo(Skeleton.of("chanel"));
        assertThat(Skeleton.of("R-O-L-E-X")).isEqualTo("rolex");
        assertThat(Skeleton.of("Guccci")).isEqualTo(Skeleton.of("Gucci"));
        assertThat(Skeleton.of("Rоlеx")).as("Cyrillic о and е").isEqualTo("rolex");
        assertThat(Skeleton.of("Hermès")).isEqualTo(Skeleton.of("HERMES"));
    }

    /** The ASCII shortcut must give exactly what the full Unicode path gives, or matching would depend on it. */
    @Test
    void the_ascii_shortcut_agrees_with_the_unicode_path_on_every_printable_character() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int c = 0; c < length; c++) {
                s.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x21 + random.nextInt(0x5e)));
            }
            String text = s.toString();
            assertThat(Skeleton.of(fullWidth(text))).as(text).isEqualTo(Skeleton.of(text));
        }
    }

    /** The same characters as full-width forms, which only the Unicode path reads. */
    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append((char) (c - 0x21 + 0xFF01)));
        return out.toString();
    }
}
