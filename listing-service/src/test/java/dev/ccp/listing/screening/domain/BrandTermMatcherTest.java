package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BrandTermMatcherTest {
    private final BrandTermMatcher matcher = new BrandTermMatcher(List.of(
            new ProtectedTerm("rolex", "Rolex"), new ProtectedTerm("hermes", "Hermès"),
            new ProtectedTerm("tiffany", "Tiffany"), new ProtectedTerm("chanel", "Chanel"),
            new ProtectedTerm("apple", "Apple"), new ProtectedTerm("bmw", "BMW"),
            new ProtectedTerm("gucci", "Gucci"), new ProtectedTerm("ralph", "Ralph Lauren"),
            new ProtectedTerm("vw", "Volkswagen"), new ProtectedTerm("coach", "Coach"),
            new ProtectedTerm("audi", "Audi"), new ProtectedTerm("beats", "Beats"),
            new ProtectedTerm("lv", "Louis Vuitton"), new ProtectedTerm("pandora", "Pandora"),
            new ProtectedTerm("mac", "M·A·C"), new ProtectedTerm("audi", "Audi AG"),
            new ProtectedTerm("apple", "iPhone")));

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
            "Rolex Submariner steel watch, rolex, PLAIN",
            "ROLEX submariner, rolex, PLAIN",
            "Hermes Birkin 30, hermes, PLAIN",
            "Неrmès leather bag, hermes, DISGUISED",          // Cyrillic Н and е
            "Rоlеx steel chronograph, rolex, DISGUISED",      // Cyrillic о and е
            "Tiff4ny heart tag necklace, tiffany, DISGUISED", // leetspeak
            "Hot sale Ch@ne1 earrings, chanel, DISGUISED",
            "8MW valve caps, bmw, DISGUISED",
            "20W charger A-P-P-L-E 2026, apple, DISGUISED",    // separators
            "G.U.C.C.I belt, gucci, DISGUISED",
            "C H A N E L pearl earrings, chanel, DISGUISED",
            "Guccci marmont bag, gucci, DISGUISED",            // doubled letters
            "Ralph Laurenn polo shirt, ralph, DISGUISED",
            "Roleexx diver watch, rolex, DISGUISED",
            "Aplpe 20W charger, apple, TYPO",                  // swapped letters
            "MBW hood emblem, bmw, TYPO",
            "Volkswaegn steering wheel emblem, vw, TYPO",
            "Chael pearl drop earrings, chanel, TYPO",         // a letter dropped
            "Gucc canvas belt, gucci, TYPO",
            "MAC lipstick Ruby Woo, mac, PLAIN",
            "Louis Vuittton Neverfull, lv, DISGUISED",
            "Love my new Rolex!, rolex, PLAIN",               // sentence punctuation is not a letter
            "Belt (Gucci) black, gucci, PLAIN",
            "Chane! pearl earrings, chanel, DISGUISED"})      // but "!" for "l" still is
    void findsTheBrandHoweverItIsWritten(String title, String brand, TermHit.How how) {
        assertThat(matcher.find(title)).anySatisfy(hit -> {
            assertThat(hit.term().brandId()).isEqualTo(brand);
            assertThat(hit.how()).isEqualTo(how);
        });
    }

    @ParameterizedTest
    @CsvSource({"Audio cable 2m", "Leather couch cover", "Teddy bears for kids", "Apples and pears print",
            "Tiffany style stained glass lamp", "Brake pads fits Audi A4 B9", "Mac and cheese baking dish",
            "Universal car phone holder"})
    void ordinaryWordsAreNotDisguisesOrTypos(String title) {
        assertThat(matcher.find(title)).allSatisfy(hit -> assertThat(hit.how()).isEqualTo(TermHit.How.PLAIN));
    }

    @Test
    void wordsOfOrdinaryTextThatAreNotTermsFindNothing() {
        assertThat(matcher.find("Black leather bag for women with gold chain")).isEmpty();
    }

    @Test
    void oneIndexServesTenThousandBrands() {
        List<ProtectedTerm> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(new ProtectedTerm("brand-" + i, "Zq" + Integer.toString(i, 36) + "vex"));
        }
        many.add(new ProtectedTerm("rolex", "Rolex"));
        BrandTermMatcher large = new BrandTermMatcher(many);
        assertThat(large.find("Rоlеx watch")).extracting(h -> h.term().brandId()).containsExactly("rolex");
        assertThat(large.find("zq7pvex")).extracting(h -> h.term().brandId()).contains("brand-" + Integer.parseInt("7p", 36));
    }

    /** Typo matching only tries words of three letters or more; counting them must not depend on the script. */
    @Test
    void counts_a_word_s_letters_digits_and_look_alike_symbols_as_the_unicode_classes_do() {
        java.util.regex.Pattern notWordCharacter = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}@$]");
        for (String word : new String[] {"Ch@ne1", "A4", "Hermès", "Rоlеx", "ⅫRolex", "²³x", "\uD835\uDC00bc", "--", "",
                "$$$", "G.U.C", "中文字", "١٢٣"}) {
            assertThat(BrandTermMatcher.wordCharacters(word)).as(word)
                    .isEqualTo(notWordCharacter.matcher(word).replaceAll("").length());
        }
    }
}
