package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.SpoofChecker;
import dev.ccp.listing.screening.domain.BrandProfile.Product;
import dev.ccp.listing.screening.domain.ListingScreener.Outcome;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Made-up brands, disguised at random with what Unicode itself lists as look-alikes of their letters, separators
 * drawn from every punctuation and symbol block, doubled letters and letters drawn in ASCII, are caught; ordinary
 * listings that name made-up brands as what they fit or serve are published. No brand of the data set appears.
 */
class ScreeningPropertiesTest {
    private static final Map<Character, List<String>> CONFUSABLES = confusables();
    private static final List<String> SEPARATORS = separators();
    private static final Map<Character, List<String>> DRAWN = Map.ofEntries(
            Map.entry('a', List.of("/\\", "/-\\", "@", "4")), Map.entry('h', List.of("|-|", "]-[")),
            Map.entry('w', List.of("\\/\\/")), Map.entry('u', List.of("|_|")), Map.entry('o', List.of("()", "[]", "0")),
            Map.entry('m', List.of("|\\/|", "/\\/\\")), Map.entry('n', List.of("|\\|")), Map.entry('k', List.of("|<")),
            Map.entry('d', List.of("|)")), Map.entry('b', List.of("|3", "8")), Map.entry('r', List.of("|2")),
            Map.entry('e', List.of("3", "€")), Map.entry('s', List.of("$", "5")), Map.entry('l', List.of("1", "!")),
            Map.entry('t', List.of("7")), Map.entry('g', List.of("9")));

    record Case(String brand, String disguised, String trick) {
    }

    @Property(tries = 400)
    void aMadeUpBrandInAnyDisguiseIsCaught(@ForAll("disguisedBrands") Case c) {
        ListingScreener screener = screenerFor(c.brand());
        var screening = screener.screen(new ListingText("shop-x", c.disguised() + " automatic diver watch", "", "",
                "watches", new BigDecimal("950.00"), "EUR", 3, List.of()));
        assertThat(screening.outcome()).as("%s written as %s (%s): %s", c.brand(), c.disguised(), c.trick(),
                screening.signals()).isNotEqualTo(Outcome.PUBLISHED);
        assertThat(screening.signals()).as(c.disguised()).anyMatch(s -> s.code().equals("BRAND_TERM_DISGUISED"));
    }

    @Property(tries = 400)
    void ordinaryListingsNamingAMadeUpBrandAsWhatTheyFitArePublished(@ForAll("nominativeListings") ListingText listing) {
        String brand = listing.description();
        ListingScreener screener = screenerFor(brand);
        ListingText shown = new ListingText(listing.sellerId(), listing.title(), "", listing.brandField(),
                listing.category(), listing.price(), listing.currency(), listing.quantity(), List.of());
        var screening = screener.screen(shown);
        assertThat(screening.outcome()).as("%s: %s", shown.title(), screening.signals()).isEqualTo(Outcome.PUBLISHED);
    }

    @Provide
    Arbitrary<Case> disguisedBrands() {
        return Combinators.combine(names(), Arbitraries.longs(), Arbitraries.of("confusables", "separators",
                "doubled", "ascii-art", "mixed")).as(ScreeningPropertiesTest::disguise);
    }

    @Provide
    Arbitrary<ListingText> nominativeListings() {
        Arbitrary<String> products = Arbitraries.of("Silicone case", "Replacement strap", "Charging cable",
                "Screen protector", "Rubber floor mats", "Wall mount", "Spring bars", "Travel pouch", "Wireless charger");
        Arbitrary<String> relations = Arbitraries.of("for %s %s", "fits %s %s", "compatible with %s %s",
                "designed for %s %s", "works with %s %s", "suitable for %s %s", "replacement for %s %s",
                "for use with the %s %s", "to fit %s %s", "made for your %s %s", "that fits all %s %s models");
        Arbitrary<String> models = Arbitraries.of("Z40", "X3", "S 24", "Mk2", "Series 7", "Deepmaster", "2025");
        Arbitrary<String> disclaimers = Arbitraries.of("", ". Not affiliated with %s", ". Not made by %s",
                ", not endorsed by %s", "");
        Arbitrary<String> brandFields = Arbitraries.of("", "Generic", "Unbranded", "Kovix");
        return Combinators.combine(names(), products, relations, models, disclaimers, brandFields,
                Arbitraries.integers().between(5, 49), Arbitraries.integers().between(1, 200))
                .as((brand, product, relation, model, disclaimer, field, euros, quantity) -> new ListingText("shop-x",
                        product + " " + String.format(relation, brand, model) + String.format(disclaimer, brand),
                        brand, field, "watches", new BigDecimal(euros + ".00"), "EUR", quantity, List.of()));
    }

    /** Pronounceable made-up names of 5 to 9 letters: consonant, vowel, consonant... */
    private static Arbitrary<String> names() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            String consonants = "bdfgklmnprstvz";
            String vowels = "aeiou";
            int length = 5 + random.nextInt(5);
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < length; i++) {
                String pool = i % 2 == 0 ? consonants : vowels;
                name.append(pool.charAt(random.nextInt(pool.length())));
            }
            name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
            return name.toString();
        });
    }

    static Case disguise(String name, long seed, String trick) {
        Random random = new Random(seed);
        String chosen = trick.equals("mixed") ? List.of("confusables", "separators", "doubled", "ascii-art")
                .get(random.nextInt(4)) : trick;
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int changed = 0;
        boolean lastDrawn = false;
        for (int i = 0; i < name.length(); i++) {
            char letter = lower.charAt(i);
            String written = String.valueOf(name.charAt(i));
            boolean pick = random.nextInt(3) == 0 || (i == name.length() - 1 && changed == 0);
            switch (chosen) {
                case "confusables" -> {
                    List<String> lookAlikes = CONFUSABLES.getOrDefault(letter, List.of());
                    if (pick && !lookAlikes.isEmpty()) {
                        written = lookAlikes.get(random.nextInt(lookAlikes.size()));
                        changed++;
                    }
                }
                case "doubled" -> {
                    if (pick) {
                        written = written + letter + (random.nextBoolean() ? String.valueOf(letter) : "");
                        changed++;
                    }
                }
                case "ascii-art" -> {
                    List<String> drawings = DRAWN.getOrDefault(letter, List.of());
                    if (pick && !drawings.isEmpty() && !lastDrawn) {
                        written = drawings.get(random.nextInt(drawings.size()));
                        changed++;
                        lastDrawn = true;
                        out.append(written);
                        continue;
                    }
                }
                default -> { // separators between every letter
                    if (i > 0) {
                        out.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
                    }
                    changed++;
                }
            }
            lastDrawn = false;
            out.append(written);
        }
        if (changed == 0) { // no letter of this name has a look-alike or a drawing: separate it instead
            return disguise(name, seed, "separators");
        }
        return new Case(name, out.toString(), chosen);
    }

    private static ListingScreener screenerFor(String brand) {
        return new ListingScreener(List.of(new BrandProfile(brand.toLowerCase(Locale.ROOT), brand, List.of(brand,
                "Deepmaster"), Set.of("shop-z"), List.of(new Product("p1", "Deepmaster diver watch", "watches",
                List.of("helium valve", "wave dial"), new BigDecimal("1000.00"), "EUR", List.of())))),
                ScreeningRules.defaults());
    }

    /**
     * Unicode's confusables data, read backwards: for each Latin letter, the characters of other scripts (and
     * Latin letters with marks) whose UTS #39 skeleton is that letter.
     */
    private static Map<Character, List<String>> confusables() {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        Map<Character, List<String>> map = new HashMap<>();
        for (int cp = 0x80; cp < 0x1FFFF; cp++) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            String skeleton = Normalizer.normalize(spoof.getSkeleton(s), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT);
            if (skeleton.equals("rn")) {
                skeleton = "m";
            }
            if (skeleton.length() == 1 && skeleton.charAt(0) >= 'a' && skeleton.charAt(0) <= 'z') {
                map.computeIfAbsent(skeleton.charAt(0), k -> new ArrayList<>()).add(s);
            }
        }
        return map;
    }

    /**
     * Punctuation and symbols of every block that stand for no letter and draw none (the characters ASCII drawings
     * are made of are left to the drawing property).
     */
    private static List<String> separators() {
        List<String> out = new ArrayList<>();
        for (int cp = 0x21; cp < 0x2BFF; cp++) {
            int type = Character.getType(cp);
            boolean punctuationOrSymbol = type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                    || type >= Character.MATH_SYMBOL && type <= Character.OTHER_SYMBOL
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
            String s = new String(Character.toChars(cp));
            if (punctuationOrSymbol && "|/\\()[]<>{}'_^*=!@$€£¢¥§©®µ¡".indexOf(cp) < 0
                    && Skeleton.of(s).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
