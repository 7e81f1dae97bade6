package dev.ccp.litigation.legal.api;

import static dev.ccp.litigation.support.Cases.filing;
import static dev.ccp.litigation.support.Cases.legal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.Cases;
import dev.ccp.litigation.support.Enforcement;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LegalActionsTest {
    @Inject
    DataSource db;

    @Test
    void filingMovesTheCaseToFiledOnceAuditedAndInTheLedger() {
        String id = Cases.investigating(List.of("b-bmw", "b-mini"), Cases.unique("s"));
        legal(id, "filing", filing(List.of("b-mini"))).then().statusCode(200)
                .body("status", equalTo("FILED")).body("filing.court", equalTo("EU Trade Mark Court, Alicante"))
                .body("filing.jurisdiction", equalTo("ES")).body("filing.filedOn", equalTo("2026-03-02"))
                .body("filing.coPlaintiffs.brandId", equalTo(List.of("b-mini")))
                .body("audit.action", hasItem("CIVIL_FILING")).body("audit[-1].by", equalTo("test-legal"));
        Cases.reading("/api/v1/cases/{id}", id).then().body("history.to", hasItem("FILED"));
        Cases.reading("/api/v1/cases/{id}/evidence", id).then().statusCode(200)
                .body("find { it.type == 'NOTE' }.content.action", equalTo("CIVIL_FILING"))
                .body("find { it.type == 'NOTE' }.content.coPlaintiffBrandIds", equalTo(List.of("b-mini")));

        legal(id, "filing", filing(List.of())).then().statusCode(409);
        String open = Cases.open(Cases.unique("s"));
        legal(open, "filing", filing(List.of())).then().statusCode(409); // OPEN cannot become FILED
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(filing(List.of())).post("/api/v1/cases/{id}/legal/filing", open).then().statusCode(403);
    }

    @Test
    void aBadFilingNamesEveryBadFieldAndChangesNothing() {
        String id = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
        Map<String, Object> bad = new HashMap<>(filing(List.of("b-not-on-the-case")));
        bad.put("jurisdiction", "XX");
        bad.put("filedOn", "2999-01-01");
        bad.put("claims", List.of());
        legal(id, "filing", bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("jurisdiction", "filedOn", "claims"));
        legal(id, "filing", filing(List.of("b-not-on-the-case"))).then().statusCode(400)
                .body("errors.field", equalTo(List.of("coPlaintiffBrandIds[0]")));
        Cases.reading("/api/v1/cases/{id}/legal", id).then().body("status", equalTo("INVESTIGATING"))
                .body("filing", nullValue());
    }

    @Test
    void aReferralMovesTheCaseToReferredAndFollowsItsOwnLifecycle() {
        String id = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
        legal(id, "referrals", Map.of("agency", "IPR_CENTER", "jurisdiction", "UK", "summary", "s"))
                .then().statusCode(400).body("errors.field", equalTo(List.of("jurisdiction")));
        legal(id, "referrals", Map.of("agency", "FBI_OR_SO", "jurisdiction", "US", "summary", "s"))
                .then().statusCode(400).body("errors.field", equalTo(List.of("agency")));
        String referral = legal(id, "referrals", Map.of("agency", "IPR_CENTER", "jurisdiction", "US",
                        "summary", "Counterfeit valve caps shipped from Shenzhen to US buyers"))
                .then().statusCode(200).body("status", equalTo("REFERRED"))
                .body("referrals[0].status", equalTo("SENT")).body("referrals[0].agency", equalTo("IPR_CENTER"))
                .extract().path("referrals[0].id");
        legal(id, "referrals", Map.of("agency", "EUROPOL", "jurisdiction", "EU", "summary", "EU leg"))
                .then().statusCode(200).body("status", equalTo("REFERRED")).body("referrals.size()", equalTo(2));

        String status = "referrals/" + referral + "/status";
        legal(id, status, Map.of("status", "PROSECUTED")).then().statusCode(409);
        legal(id, status, Map.of("status", "ACKNOWLEDGED", "note", "ref IPR-2026-113")).then().statusCode(200);
        legal(id, status, Map.of("status", "DECLINED")).then().statusCode(409);
        legal(id, status, Map.of("status", "INVESTIGATING")).then().statusCode(200);
        legal(id, status, Map.of("status", "PROSECUTED")).then().statusCode(200)
                .body("referrals.find { it.id == '" + referral + "' }.status", equalTo("PROSECUTED"))
                .body("audit.action", hasItems("CRIMINAL_REFERRAL", "REFERRAL_ACKNOWLEDGED", "REFERRAL_PROSECUTED"))
                .body("audit.find { it.action == 'REFERRAL_ACKNOWLEDGED' }.reason", equalTo("ref IPR-2026-113"));
        legal(id, status, Map.of("status", "DECLINED")).then().statusCode(409);
        legal(id, status, Map.of("status", "LOST")).then().statusCode(400).body("errors.field", equalTo(List.of("status")));
        legal(id, "referrals/no-such-referral/status", Map.of("status", "ACKNOWLEDGED")).then().statusCode(404);
    }

    @Test
    void aJudgmentForThePlaintiffIsPublishedThroughTheOutboxToTheBroker() throws Exception {
        String seller = Cases.unique("s");
        String id = Cases.investigating(List.of("b-bmw"), seller);
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("sellerId", "ig-deals", "role", "INFLUENCER", "country", "ES", "name", "Deals Daily"))
                .post("/api/v1/cases/{id}/investigation/defendants", id).then().statusCode(200);
        legal(id, "judgment", Map.of("forPlaintiff", true, "enteredOn", "2026-06-01")).then().statusCode(409);
        String docket = legal(id, "filing", filing(List.of())).then().statusCode(200).extract().path("filing.docketNumber");

        legal(id, "judgment", Map.of("forPlaintiff", true, "enteredOn", "2026-06-01",
                        "damages", Map.of("amount", "250000.00", "currency", "EUR"),
                        "injunctions", List.of("Stop selling goods bearing the BMW marks")))
                .then().statusCode(200).body("status", equalTo("JUDGMENT"))
                .body("outcome.damages.amount", equalTo("250000.00")).body("outcome.damages.minorUnits", equalTo(25000000))
                .body("outcome.court", equalTo("EU Trade Mark Court, Alicante")).body("outcome.docket", equalTo(docket));
        legal(id, "settlement", Map.of("enteredOn", "2026-06-02")).then().statusCode(409);

        // the case's own story before it: opened, investigating, filed, judged
        assertThat(Enforcement.publishedTypes(db, id)).containsExactly("case.opened", "case.status-changed",
                "case.status-changed", "case.status-changed", "case.judgment-entered");
        List<ConsumerRecord<String, String>> published = TestKafka.await("cases.v1", r -> id.equals(r.key())
                && r.value().contains("\"case.judgment-entered\""), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        JsonPath event = new JsonPath(published.get(0).value());
        assertThat(event.getString("type")).isEqualTo("case.judgment-entered");
        assertThat(event.getString("data.docket")).isEqualTo(docket);
        assertThat(event.getString("data.enteredOn")).isEqualTo("2026-06-01");
        assertThat(event.getList("data.defendants.kind")).containsExactly("SELLER", "INFLUENCER");
        assertThat(event.getList("data.defendants.sellerId")).containsExactly(seller, null);
    }

    @Test
    void aJudgmentForTheDefendantsOrASettlementPublishesNoJudgment() throws Exception {
        String lost = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
        legal(lost, "filing", filing(List.of())).then().statusCode(200);
        legal(lost, "judgment", Map.of("forPlaintiff", false, "enteredOn", "2026-06-01")).then().statusCode(200)
                .body("status", equalTo("JUDGMENT")).body("outcome.forPlaintiff", equalTo(false));
        String settled = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
        legal(settled, "referrals", Map.of("agency", "UK_PIPCU", "jurisdiction", "UK", "summary", "s")).then().statusCode(200);
        legal(settled, "settlement", Map.of("enteredOn", "2026-06-01", "damages",
                Map.of("amount", "1200", "currency", "JPY"))).then().statusCode(200)
                .body("status", equalTo("SETTLED")).body("outcome.damages.amount", equalTo("1200"));
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "select count(*) from outbox_event where event_key in (?, ?) and event_type = 'case.judgment-entered'")) {
            q.setString(1, lost);
            q.setString(2, settled);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }

    @Test
    void damagesAreExactMoneyAndABadAmountOrCurrencyIsNamed() {
        String id = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
        legal(id, "filing", filing(List.of())).then().statusCode(200);
        Map<String, Map<String, String>> bad = Map.of(
                "damages.amount", Map.of("amount", "100.001", "currency", "EUR"),
                "damages.currency", Map.of("amount", "100.00", "currency", "EURO"));
        bad.forEach((field, damages) -> legal(id, "judgment", Map.of("forPlaintiff", true, "enteredOn", "2026-06-01",
                "damages", damages)).then().statusCode(400).body("errors.field", equalTo(List.of(field))));
        legal(id, "judgment", Map.of("forPlaintiff", true, "enteredOn", "2026-06-01",
                "damages", Map.of("amount", "-5", "currency", "EUR"))).then().statusCode(400)
                .body("errors.field", equalTo(List.of("damages.amount")));
        legal(id, "judgment", Map.of("forPlaintiff", true, "enteredOn", "2026-06-01",
                "damages", Map.of("amount", "100.5", "currency", "JPY"))).then().statusCode(400)
                .body("errors.field", equalTo(List.of("damages.amount")));
        legal(id, "judgment", Map.of("enteredOn", "01/06/2026")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("forPlaintiff", "enteredOn"));
        Cases.reading("/api/v1/cases/{id}/legal", id).then().body("status", equalTo("FILED")).body("outcome", nullValue());
    }

    @Test
    void investigatorsAddDefendantsAndNotesAudited() {
        String id = Cases.investigating(List.of("b-cartier"), Cases.unique("s"));
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("sellerId", "ig-luxe", "role", "INFLUENCER", "country", "FR", "name", "Luxe Finds",
                        "reason", "promoted the listings on Instagram"))
                .post("/api/v1/cases/{id}/investigation/defendants", id).then().statusCode(200)
                .body("audit[-1].action", equalTo("DEFENDANT_ADDED")).body("audit[-1].by", equalTo("test-investigator"))
                .body("audit[-1].reason", equalTo("promoted the listings on Instagram"));
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("sellerId", "ig-luxe", "role", "INFLUENCER"))
                .post("/api/v1/cases/{id}/investigation/defendants", id).then().statusCode(409);
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("sellerId", "x", "role", "BYSTANDER", "country", "XX"))
                .post("/api/v1/cases/{id}/investigation/defendants", id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("role", "country"));
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("text", "Influencer's agency confirmed the brand deal was never signed"))
                .post("/api/v1/cases/{id}/investigation/notes", id).then().statusCode(200)
                .body("audit[-1].action", equalTo("NOTE"));
        Cases.reading("/api/v1/cases/{id}", id).then()
                .body("defendants.find { it.sellerId == 'ig-luxe' }.name", equalTo("Luxe Finds"))
                .body("defendants.find { it.sellerId == 'ig-luxe' }.role", equalTo("INFLUENCER"));
        Cases.reading("/api/v1/cases/{id}/evidence", id).then()
                .body("type", equalTo(List.of("NOTE", "NOTE")));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("text", "x")).post("/api/v1/cases/{id}/investigation/notes", id).then().statusCode(403);
    }
}
