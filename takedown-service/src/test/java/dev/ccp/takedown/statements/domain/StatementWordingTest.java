package dev.ccp.takedown.statements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.takedown.takedowns.application.SellerAction;
import dev.ccp.takedown.takedowns.application.StatementFacts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementWordingTest {
    static final Instant DECIDED = Instant.parse("2026-04-01T10:00:00Z");
    static final Instant ACTED = Instant.parse("2026-04-02T08:30:00Z");
    static final RegisteredBrand BMW = new RegisteredBrand("b-1", "BMW", List.of("EUIPO 000091835"));
    static final RegisteredBrand ACME = new RegisteredBrand("b-2", "Acme", List.of());

    static StatementFacts facts(SellerAction action, String title, boolean automatedDetection,
            boolean automatedDecision) {
        return new StatementFacts("7f1c7a52-2b7e-4d0c-9a55-0a4b6cc0b7de", "listing-42", "seller-9", action,
                List.of("b-1", "b-2"), title, "BMW original", automatedDetection, automatedDecision, "mod-jane",
                DECIDED, ACTED);
    }

    @Test
    void theSellerIsToldWhichListingWhichBrandsWhenAndWhatWasDone() {
        String text = StatementWording.sellerFacts(facts(SellerAction.LISTING_REMOVED, "M Sport wheels", true, false),
                List.of(BMW, ACME));

        assertThat(text).contains("\"M Sport wheels\"", "listing-42", "offered as BMW original",
                "BMW (EUIPO 000091835) and Acme", "confirmed on 2026-04-01", "Automated screening of the listing flagged it",
                "A person reviewed the evidence", "On 2026-04-02 we removed the listing");
    }

    @Test
    void theAccountClosureSaysSoAndWhy() {
        StatementFacts closed = facts(SellerAction.ACCOUNT_CLOSED, "M Sport wheels", false, true);

        assertThat(StatementWording.sellerFacts(closed, List.of(BMW))).contains("we closed your seller account",
                "identified without automated screening", "taken by automated means");
        assertThat(StatementWording.explanation(closed, List.of(BMW))).contains("closes the seller's account");
        assertThat(StatementWording.explanation(facts(SellerAction.LISTING_REMOVED, "x", true, false), List.of(BMW)))
                .doesNotContain("account");
    }

    @Test
    void thePublicFactsQuoteNothingOfTheSellerNorAnyId() {
        StatementFacts facts = facts(SellerAction.LISTING_REMOVED, "Call Maria Lopez +49 170 1234567", true, false);

        String text = StatementWording.publicFacts(facts, List.of(BMW));

        assertThat(text).contains("BMW (EUIPO 000091835)", "2026-04-01", "the listing was removed")
                .doesNotContain("Maria", "1234567", "listing-42", "seller-9", "mod-jane", "BMW original");
    }

    @Test
    void withoutRegistryBrandsTheListingsClaimOrAGenericPhraseIsNamed() {
        assertThat(StatementWording.brandsOf(List.of(), "Acme")).isEqualTo("Acme");
        assertThat(StatementWording.brandsOf(List.of(), null)).isEqualTo("a registered brand");
        assertThat(StatementWording.brandsOf(List.of(RegisteredBrand.unknown("b-9")), null))
                .isEqualTo("the registered brand b-9");
    }

    @Test
    void textsStayWithinTheDatabasesLimitsWhateverTheTitle() {
        String title = "x".repeat(20_000) + "\u0000\n";
        List<RegisteredBrand> many = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> new RegisteredBrand("b" + i, "Brand number " + i, List.of("EUIPO 0000" + i))).toList();
        StatementFacts facts = facts(SellerAction.ACCOUNT_CLOSED, title, true, false);

        assertThat(StatementWording.sellerFacts(facts, many)).hasSizeLessThanOrEqualTo(StatementWording.MAX_FACTS)
                .doesNotContain("\u0000");
        assertThat(StatementWording.publicFacts(facts, many)).hasSizeLessThanOrEqualTo(StatementWording.MAX_FACTS);
        assertThat(StatementWording.explanation(facts, many)).hasSizeLessThanOrEqualTo(StatementWording.MAX_EXPLANATION);
        assertThat(StatementWording.legalGround()).hasSizeLessThanOrEqualTo(StatementWording.MAX_GROUND)
                .contains("Regulation (EU) 2017/1001");
    }
}
