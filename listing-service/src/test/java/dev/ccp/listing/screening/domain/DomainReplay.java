package dev.ccp.listing.screening.domain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.listing.screening.domain.ListingScreener.Outcome;
import dev.ccp.listing.support.DataSets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The labelled data sets screened by the domain itself, with every kind of evidence the service would have: the
 * sellers' standing (sellers.json verified, closed-sellers.json closed), the removed listings as confirmed
 * counterfeits, and the promotions that link to each listing. No Quarkus start-up: measuring many folds must be
 * cheap.
 */
final class DomainReplay {
    final List<BrandProfile> brands;
    final List<JsonNode> listings = DataSets.jsonLines("listings.jsonl");
    final List<JsonNode> removed = DataSets.jsonLines("removed-listings.jsonl");
    final Map<String, List<PromotionClaim>> promotionsOf = new HashMap<>();
    final Map<String, List<String>> captionsOf = new HashMap<>();
    final Set<String> closedSellers = new HashSet<>();

    DomainReplay() throws Exception {
        brands = LabelledData.brands();
        for (JsonNode closed : DataSets.json("closed-sellers.json")) {
            closedSellers.add(closed.get("key").asText());
        }
        for (JsonNode p : DataSets.jsonLines("promotions.jsonl")) {
            PromotionClaim claim = new PromotionClaim(p.get("key").asText(), p.get("platform").asText(),
                    p.get("accountHandle").asText(), p.get("claimedBrand").isNull() ? null : p.get("claimedBrand").asText(),
                    p.get("caption").asText());
            p.get("listingKeys").forEach(k -> {
                promotionsOf.computeIfAbsent(k.asText(), x -> new ArrayList<>()).add(claim);
                captionsOf.computeIfAbsent(k.asText(), x -> new ArrayList<>()).add(claim.caption());
            });
        }
    }

    /** A screener over every brand, taught the removed listings as a moderator would have confirmed them. */
    ListingScreener screener(ScreeningRules rules) {
        CounterfeitMemory memory = new CounterfeitMemory();
        ListingScreener plain = new ListingScreener(brands, rules);
        for (JsonNode row : removed) {
            ListingText text = LabelledData.listing(row);
            Set<String> brandIds = new HashSet<>(plain.screen(text).brandIds());
            memory.remember(new ConfirmedCounterfeit(row.get("key").asText(), text.sellerId(), brandIds,
                    Words.of(text.title() + " " + text.description()).stream().distinct().toList(), text.imageHashes()));
        }
        return new ListingScreener(brands, rules, memory);
    }

    ListingScreener.Screening screen(ListingScreener screener, JsonNode row) {
        String seller = row.get("sellerKey").asText();
        Evidence evidence = new Evidence(closedSellers.contains(seller) ? SellerStanding.CLOSED : SellerStanding.VERIFIED,
                promotionsOf.getOrDefault(row.get("key").asText(), List.of()));
        return screener.screen(row.get("key").asText(), LabelledData.listing(row), evidence);
    }

    /**
     * The rules as they would have been written by someone who never saw the rows {@code heldOut} selects: every
     * vocabulary phrase (replica words, nominative cues, resale words, dupe phrases...) is kept only if it occurs
     * in some other row's text or promotion caption. Works for every list the rules have, present and future.
     */
    ScreeningRules withoutVocabularyOnlyIn(ScreeningRules rules, Predicate<JsonNode> heldOut) {
        Set<String> seen = new HashSet<>();
        for (JsonNode row : listings) {
            if (heldOut.test(row)) {
                continue;
            }
            StringBuilder text = new StringBuilder(row.get("title").asText()).append(' ')
                    .append(row.get("description").asText()).append(' ').append(row.get("brand").asText());
            captionsOf.getOrDefault(row.get("key").asText(), List.of()).forEach(c -> text.append(" . ").append(c));
            seen.addAll(Words.phrases(Words.of(text.toString()), 5));
        }
        try {
            RecordComponent[] components = ScreeningRules.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object value = components[i].getAccessor().invoke(rules);
                if (value instanceof List<?> list) {
                    value = list.stream().map(String.class::cast)
                            .filter(phrase -> seen.contains(String.join(" ", Words.of(phrase)))).toList();
                }
                values[i] = value;
            }
            return ScreeningRules.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts per "LABEL tactic": caught (HELD or BLOCKED), blocked, rows. */
    static final class Table {
        final Map<String, int[]> rows = new TreeMap<>();
        final Map<String, List<String>> examples = new TreeMap<>();
        int authorisedBlocked;

        /** Up to three misses or false alarms per tactic, with their signals, for the printed table. */
        void example(JsonNode row, ListingScreener.Screening screening) {
            boolean counterfeit = row.get("label").asText().equals("COUNTERFEIT");
            if (counterfeit == (screening.outcome() != Outcome.PUBLISHED)) {
                return;
            }
            List<String> list = examples.computeIfAbsent(row.get("label").asText() + " " + row.get("tactic").asText(),
                    k -> new ArrayList<>());
            if (list.size() < 3) {
                list.add(screening.outcome() + " " + row.get("title").asText() + " | " + row.get("description").asText()
                        + " | " + screening.signals().stream().map(s -> s.code() + " " + s.weight()).toList());
            }
        }

        void add(JsonNode row, Outcome outcome) {
            String key = row.get("label").asText() + " " + row.get("tactic").asText();
            int[] c = rows.computeIfAbsent(key, k -> new int[3]);
            c[0] += outcome != Outcome.PUBLISHED ? 1 : 0;
            c[1] += outcome == Outcome.BLOCKED ? 1 : 0;
            c[2]++;
            if (row.get("tactic").asText().equals("authorized_retailer") && outcome == Outcome.BLOCKED) {
                authorisedBlocked++;
            }
        }

        int sum(String label, int column) {
            return rows.entrySet().stream().filter(e -> e.getKey().startsWith(label)).mapToInt(e -> e.getValue()[column])
                    .sum();
        }

        double recall() {
            return (double) sum("COUNTERFEIT", 0) / sum("COUNTERFEIT", 2);
        }

        double precision() {
            int caught = sum("COUNTERFEIT", 0);
            return (double) caught / (caught + sum("LEGITIMATE", 0));
        }

        double rate(String key) {
            int[] c = rows.get(key);
            return (double) c[0] / c[2];
        }

        String print(String title) {
            StringBuilder out = new StringBuilder("\n" + title + "\n");
            out.append(String.format("  %-40s %6s %9s %8s%n", "label tactic", "rows", "caught", "blocked"));
            rows.forEach((k, c) -> out.append(String.format("  %-40s %6d %9.3f %8d%n", k, c[2], (double) c[0] / c[2], c[1])));
            out.append(String.format("  counterfeits caught %.3f (%d/%d), precision %.3f, legitimate held or blocked %d/%d"
                    + " (blocked %d), authorised retailers blocked %d%n", recall(), sum("COUNTERFEIT", 0),
                    sum("COUNTERFEIT", 2), precision(), sum("LEGITIMATE", 0), sum("LEGITIMATE", 2),
                    sum("LEGITIMATE", 1), authorisedBlocked));
            examples.forEach((k, list) -> list.forEach(e -> out.append("    e.g. ").append(k).append(": ").append(e)
                    .append('\n')));
            return out.toString();
        }
    }
}
