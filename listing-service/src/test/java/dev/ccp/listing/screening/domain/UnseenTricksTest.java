package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tricks the labelled set does not use, applied to its own counterfeits: every plainly written brand word of an
 * exact-brand or far-below-floor counterfeit is rewritten with look-alikes of any script, separators from every
 * punctuation and symbol block, doubled letters or letters drawn in ASCII (the disguises of
 * {@link ScreeningPropertiesTest}), and the listing screened again. Prints the share caught per trick.
 */
class UnseenTricksTest {
    private static final List<String> TRICKS = List.of("confusables", "separators", "doubled", "ascii-art");

    @Test
    void counterfeitsRewrittenWithTricksTheLabelledSetDoesNotUseAreCaught() throws Exception {
        DomainReplay replay = new DomainReplay();
        ListingScreener screener = replay.screener(ScreeningRules.defaults());
        Map<String, BrandProfile> brands = new TreeMap<>();
        replay.brands.forEach(b -> brands.put(b.brandId(), b));
        Map<String, int[]> caught = new TreeMap<>();
        long seed = 1;
        for (JsonNode row : replay.listings) {
            String tactic = row.get("tactic").asText();
            if (!tactic.equals("exact_brand_unauthorized") && !tactic.equals("price_far_below_floor")) {
                continue;
            }
            BrandProfile brand = brands.get(row.get("brandKey").asText());
            for (String trick : TRICKS) {
                ObjectNode rewritten = row.deepCopy();
                for (String field : List.of("title", "description", "brand")) {
                    rewritten.put(field, rewrite(row.get(field).asText(), brand, seed++, trick));
                }
                int[] c = caught.computeIfAbsent(trick, k -> new int[2]);
                c[0] += replay.screen(screener, rewritten).outcome() != ListingScreener.Outcome.PUBLISHED ? 1 : 0;
                c[1]++;
            }
        }
        StringBuilder out = new StringBuilder("\nUnseen tricks on the labelled exact-brand and far-below-floor counterfeits:\n");
        caught.forEach((trick, c) -> out.append(String.format("  %-14s caught %.3f (%d/%d)%n", trick,
                (double) c[0] / c[1], c[0], c[1])));
        System.out.println(out);
        caught.forEach((trick, c) -> assertThat((double) c[0] / c[1]).as(trick).isGreaterThanOrEqualTo(0.95));
    }

    /** Every protected word of the brand in the text, longest first, replaced by a disguise of the trick. */
    private static String rewrite(String text, BrandProfile brand, long seed, String trick) {
        String out = text;
        for (String word : brand.protectedWords().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            if (word.replaceAll("[^\\p{L}]", "").length() < 3) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out);
            StringBuilder replaced = new StringBuilder();
            while (m.find()) {
                String disguised = ScreeningPropertiesTest.disguise(m.group().replace(" ", ""), seed++, trick).disguised();
                m.appendReplacement(replaced, Matcher.quoteReplacement(disguised));
            }
            m.appendTail(replaced);
            out = replaced.toString();
        }
        return out.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)) ? text : out;
    }
}
