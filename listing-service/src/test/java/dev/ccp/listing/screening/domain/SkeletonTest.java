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
                s.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x20 + random.nextInt(0x5f)));
            }
            String text = s.toString();
            assertThat(Skeleton.ofAscii(text)).as(text).isEqualTo(Skeleton.ofUnicode(text));
        }
        for (char c = 0; c < 0x80; c++) {
            String text = "x" + c + "y" + c;
            assertThat(Skeleton.ofAscii(text)).as("character %d", (int) c).isEqualTo(Skeleton.ofUnicode(text));
        }
    }
}
