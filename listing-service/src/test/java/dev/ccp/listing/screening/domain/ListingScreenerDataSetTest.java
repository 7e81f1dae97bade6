package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.listing.screening.domain.ListingScreener.Outcome;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The labelled listings (data/) screened by the signals that need neither promotions nor removed listings.
 * Relisting and promoted-generic counterfeits need those two signals (not built yet) and are reported only.
 */
class ListingScreenerDataSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> NEEDS_LATER_SIGNALS = Set.of("relisting", "promoted_generic");

    @Test
    void labelledListingsAreCaughtAndLegitimateOnesPublished() throws Exception {
        ListingScreener screener = new ListingScreener(LabelledData.brands(), ScreeningRules.defaults());
        Map<String, Map<Outcome, Integer>> byTactic = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int caught = 0;
        int counterfeit = 0;
        int falseAlarms = 0;
        int blockedAuthorised = 0;
        for (String line : Files.readAllLines(LabelledData.file("listings.jsonl"))) {
            JsonNode row = JSON.readTree(line);
            String tactic = row.get("tactic").asText();
            boolean isCounterfeit = row.get("label").asText().equals("COUNTERFEIT");
            var screening = screener.screen(LabelledData.listing(row));
            byTactic.computeIfAbsent((isCounterfeit ? "counterfeit " : "legitimate  ") + tactic, k -> new TreeMap<>())
                    .merge(screening.outcome(), 1, Integer::sum);
            boolean flagged = screening.outcome() != Outcome.PUBLISHED;
            if (isCounterfeit && !NEEDS_LATER_SIGNALS.contains(tactic)) {
                counterfeit++;
                caught += flagged ? 1 : 0;
                if (!flagged && examples.size() < 10) {
                    examples.add("missed " + tactic + ": " + row.get("title").asText() + " " + screening.signals());
                }
            }
            if (!isCounterfeit && flagged) {
                falseAlarms++;
                if (examples.size() < 20) {
                    examples.add("flagged " + tactic + ": " + row.get("title").asText() + " " + screening.signals());
                }
            }
            if (tactic.equals("authorized_retailer") && screening.outcome() == Outcome.BLOCKED) {
                blockedAuthorised++;
            }
        }
        System.out.printf("%nscreening of the labelled listings (without promotion and relisting signals):%n");
        byTactic.forEach((t, o) -> System.out.printf("  %-40s %s%n", t, o));
        double recall = (double) caught / counterfeit;
        double precision = (double) caught / (caught + falseAlarms);
        System.out.printf("  covered counterfeits caught: recall %.3f (%d/%d), precision %.3f (%d false alarms)%n",
                recall, caught, counterfeit, precision, falseAlarms);
        examples.forEach(e -> System.out.println("  e.g. " + e));

        assertThat(blockedAuthorised).as("authorised retailers blocked").isZero();
        assertThat(recall).as("recall on the tactics these signals cover").isGreaterThanOrEqualTo(0.95);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.90);
    }
}
