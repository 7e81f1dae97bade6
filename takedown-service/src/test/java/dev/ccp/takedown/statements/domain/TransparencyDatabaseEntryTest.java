package dev.ccp.takedown.statements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.takedown.support.TransparencyDatabaseRules;
import dev.ccp.takedown.takedowns.application.SellerAction;
import dev.ccp.takedown.takedowns.application.StatementFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransparencyDatabaseEntryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Redress REDRESS = new Redress(Instant.parse("2026-10-02T08:30:00Z"), "appeal", "a body",
            "the courts");

    private static StatementOfReasons statement(SellerAction action, boolean detection, boolean decision,
            LocalDate listedOn) {
        StatementFacts facts = StatementWordingTest.facts(action, "Call Maria +49 170 1234567", detection, decision);
        return StatementOfReasons.issue("sor-1", facts, List.of(StatementWordingTest.BMW, StatementWordingTest.ACME),
                listedOn, REDRESS, List.of("DE", "FR", "GR"), Instant.parse("2026-04-02T08:30:01Z"));
    }

    private static JsonNode exported(StatementOfReasons statement) {
        return JSON.valueToTree(TransparencyDatabaseEntry.of(statement));
    }

    @ParameterizedTest
    @EnumSource(SellerAction.class)
    void everyActionExportsAStatementTheDatabaseAccepts(SellerAction action) {
        for (boolean detection : new boolean[] {true, false}) {
            for (boolean decision : new boolean[] {true, false}) {
                JsonNode entry = exported(statement(action, detection, decision, LocalDate.parse("2026-01-15")));
                assertThat(TransparencyDatabaseRules.violations(entry)).as(entry.toString()).isEmpty();
            }
        }
    }

    @Test
    void aRemovalIsAVisibilityRestrictionOfAnIllegalTrademarkInfringingProduct() {
        JsonNode entry = exported(statement(SellerAction.LISTING_REMOVED, true, false, LocalDate.parse("2026-01-15")));

        assertThat(entry.get("decision_visibility").get(0).asText()).isEqualTo("DECISION_VISIBILITY_CONTENT_REMOVED");
        assertThat(entry.has("decision_account")).isFalse();
        assertThat(entry.get("decision_ground").asText()).isEqualTo("DECISION_GROUND_ILLEGAL_CONTENT");
        assertThat(entry.get("category").asText()).isEqualTo("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS");
        assertThat(entry.get("category_specification").get(0).asText()).isEqualTo("KEYWORD_TRADEMARK_INFRINGEMENT");
        assertThat(entry.get("content_type").get(0).asText()).isEqualTo("CONTENT_TYPE_PRODUCT");
        assertThat(entry.get("illegal_content_explanation").asText()).contains("BMW (EUIPO 000091835)", "Acme");
        assertThat(entry.get("automated_detection").asText()).isEqualTo("Yes");
        assertThat(entry.get("automated_decision").asText()).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(entry.get("content_date").asText()).isEqualTo("2026-01-15");
        assertThat(entry.get("application_date").asText()).isEqualTo("2026-04-02");
        assertThat(entry.get("territorial_scope")).hasSize(3);
        assertThat(entry.get("puid").asText()).isEqualTo("7f1c7a52-2b7e-4d0c-9a55-0a4b6cc0b7de");
    }

    @Test
    void anAccountClosureIsATerminationWithItsOwnPuid() {
        JsonNode entry = exported(statement(SellerAction.ACCOUNT_CLOSED, false, true, null));

        assertThat(entry.get("decision_account").asText()).isEqualTo("DECISION_ACCOUNT_TERMINATED");
        assertThat(entry.has("decision_visibility")).isFalse();
        assertThat(entry.get("automated_detection").asText()).isEqualTo("No");
        assertThat(entry.get("automated_decision").asText()).isEqualTo("AUTOMATED_DECISION_FULLY");
        assertThat(entry.get("content_date").asText()).as("the decision's day when the listing date is unknown")
                .isEqualTo("2026-04-01");
        assertThat(entry.get("puid").asText()).isEqualTo("7f1c7a52-2b7e-4d0c-9a55-0a4b6cc0b7de-account-closed");
    }

    @Test
    void theEntryCarriesNoPersonalDataNorTheSellersText() {
        String entry = exported(statement(SellerAction.ACCOUNT_CLOSED, true, false, null)).toString();

        assertThat(entry).doesNotContain("seller-9", "listing-42", "mod-jane", "Maria", "1234567", "BMW original");
    }

    @Test
    void aTakedownIdTheDatabaseWouldRefuseIsNotAPuid() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Puid.of("t 1/2", SellerAction.LISTING_REMOVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScopeOutsideTheEeaIsRefused() {
        assertThat(TerritorialScope.validated(List.of("DE", " FR", "DE"))).containsExactly("DE", "FR");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TerritorialScope.validated(List.of("DE", "EL")))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TerritorialScope.validated(List.of("US")))
                .isInstanceOf(IllegalStateException.class);
    }
}
