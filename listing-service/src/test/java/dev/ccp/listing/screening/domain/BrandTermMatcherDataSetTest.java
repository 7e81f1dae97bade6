package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The labelled listings (data/): for every obfuscation tactic the infringed brand is found in the title or
 * brand field, and legitimate listings rarely carry disguised or misspelled brand words. Figures are printed.
 */
class BrandTermMatcherDataSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OBFUSCATIONS = Set.of("exact_brand_unauthorized", "case_and_diacritics",
            "homoglyph", "leetspeak", "separators", "doubled_letters", "typo", "price_far_below_floor");

    @Test
    void obfuscatedBrandsAreFoundAndLegitimateListingsRarelyLookDisguised() throws Exception {
        List<ProtectedTerm> terms = new ArrayList<>();
        for (BrandProfile brand : LabelledData.brands()) {
            brand.protectedWords().forEach(word -> terms.add(new ProtectedTerm(brand.brandId(), word)));
        }
        BrandTermMatcher matcher = new BrandTermMatcher(terms);

        Map<String, int[]> found = new TreeMap<>();       // tactic -> {found, total}
        Map<String, int[]> suspicious = new TreeMap<>();  // legitimate tactic -> {disguised or typo hits, total}
        List<String> examples = new ArrayList<>();
        long started = System.nanoTime();
        int screened = 0;
        for (String line : Files.readAllLines(LabelledData.file("listings.jsonl"))) {
            JsonNode row = JSON.readTree(line);
            String text = row.get("title").asText() + " " + row.get("brand").asText();
            List<TermHit> hits = matcher.find(text);
            screened++;
            String tactic = row.get("tactic").asText();
            if (row.get("label").asText().equals("COUNTERFEIT") && OBFUSCATIONS.contains(tactic)) {
                String brand = row.get("brandKey").asText();
                int[] f = found.computeIfAbsent(tactic, k -> new int[2]);
                f[1]++;
                if (hits.stream().anyMatch(h -> h.term().brandId().equals(brand))) {
                    f[0]++;
                } else if (examples.size() < 12) {
                    examples.add("missed " + tactic + ": " + text);
                }
            } else if (row.get("label").asText().equals("LEGITIMATE")) {
                int[] s = suspicious.computeIfAbsent(tactic, k -> new int[2]);
                s[1]++;
                if (hits.stream().anyMatch(h -> h.how() != TermHit.How.PLAIN)) {
                    s[0]++;
                    if (examples.size() < 24) {
                        examples.add("legitimate " + tactic + " looks disguised: " + text + " " + hits);
                    }
                }
            }
        }
        double micros = (System.nanoTime() - started) / 1e3 / screened;
        System.out.printf("%nbrand terms in %d listings (%.0f µs per listing, %d terms of all brands in one index)%n",
                screened, micros, terms.size());
        found.forEach((t, f) -> System.out.printf("  counterfeit %-26s brand found %d/%d%n", t, f[0], f[1]));
        suspicious.forEach((t, s) -> System.out.printf("  legitimate  %-26s disguised or typo %d/%d%n", t, s[0], s[1]));
        examples.forEach(e -> System.out.println("  e.g. " + e));

        found.forEach((tactic, f) -> assertThat((double) f[0] / f[1]).as(tactic).isGreaterThanOrEqualTo(0.95));
        int legitimate = suspicious.values().stream().mapToInt(s -> s[1]).sum();
        int flagged = suspicious.values().stream().mapToInt(s -> s[0]).sum();
        assertThat((double) flagged / legitimate).as("legitimate listings with disguised or typo brand words")
                .isLessThan(0.02);
    }
}
