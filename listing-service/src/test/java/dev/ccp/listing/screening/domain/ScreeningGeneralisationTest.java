package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures on the labelled set alone say nothing about listings screening has not seen. These replays hold parts of
 * the set out and measure only on them, with every part of the rules that could have been read off the rows
 * (each vocabulary phrase) kept only if it occurs outside what is held out:
 * <ul>
 *   <li>by brand: five folds of brands; each fold's listings are screened with rules written from the others;</li>
 *   <li>by tactic: each tactic's listings are screened with rules written from the other tactics' rows.</li>
 * </ul>
 * Every brand stays registered (the registry is the service's input, not something learned from listings).
 */
class ScreeningGeneralisationTest {
    private static final int FOLDS = 5;
    private static DomainReplay replay;

    @BeforeAll
    static void readData() throws Exception {
        replay = new DomainReplay();
    }

    @Test
    void heldOutBrandsAreCaughtPreciselyAndNoAuthorisedRetailerIsBlocked() {
        List<String> brandKeys = replay.brands.stream().map(BrandProfile::brandId).sorted().toList();
        DomainReplay.Table table = new DomainReplay.Table();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            Predicate<JsonNode> heldOut = row -> foldOf(row, brandKeys) == f;
            ListingScreener screener = replay.screener(replay.withoutVocabularyOnlyIn(ScreeningRules.defaults(), heldOut));
            replay.listings.stream().filter(heldOut).forEach(row -> {
                var screening = replay.screen(screener, row);
                table.add(row, screening.outcome());
                table.example(row, screening);
            });
        }
        System.out.println(table.print("Held-out brands (" + FOLDS + " folds of brands; rules written without each fold):"));

        assertThat(table.recall()).as("held-out brands: counterfeits caught").isGreaterThanOrEqualTo(0.95);
        assertThat(table.precision()).as("held-out brands: precision").isGreaterThanOrEqualTo(0.95);
        assertThat(table.authorisedBlocked).as("held-out brands: authorised retailers blocked").isZero();
    }

    @Test
    void everyHeldOutTacticIsCaught() {
        Set<String> tactics = new TreeSet<>();
        replay.listings.forEach(row -> tactics.add(key(row)));
        DomainReplay.Table table = new DomainReplay.Table();
        for (String tactic : tactics) {
            Predicate<JsonNode> heldOut = row -> key(row).equals(tactic);
            ListingScreener screener = replay.screener(replay.withoutVocabularyOnlyIn(ScreeningRules.defaults(), heldOut));
            replay.listings.stream().filter(heldOut).forEach(row -> {
                var screening = replay.screen(screener, row);
                table.add(row, screening.outcome());
                table.example(row, screening);
            });
        }
        System.out.println(table.print("Held-out tactics (each tactic screened by rules written without its rows):"));

        table.rows.keySet().stream().filter(k -> k.startsWith("COUNTERFEIT")).forEach(k ->
                assertThat(table.rate(k)).as(k + " caught when held out").isGreaterThanOrEqualTo(0.85));
        assertThat(table.authorisedBlocked).as("authorised retailers blocked").isZero();
    }

    @Test
    void theWholeLabelledSetForComparison() {
        ListingScreener screener = replay.screener(ScreeningRules.defaults());
        DomainReplay.Table table = new DomainReplay.Table();
        replay.listings.forEach(row -> table.add(row, replay.screen(screener, row).outcome()));
        System.out.println(table.print("The whole labelled set, in sample (says little about unseen listings):"));
        assertThat(table.authorisedBlocked).isZero();
    }

    private static String key(JsonNode row) {
        return row.get("label").asText() + " " + row.get("tactic").asText();
    }

    /** A listing's fold is its brand's; a listing about no brand falls in a fold by its key. */
    private static int foldOf(JsonNode row, List<String> brandKeys) {
        JsonNode brand = row.get("brandKey");
        if (brand == null || brand.isNull()) {
            return Math.floorMod(row.get("key").asText().hashCode(), FOLDS);
        }
        return brandKeys.indexOf(brand.asText()) % FOLDS;
    }
}
