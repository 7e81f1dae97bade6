package dev.ccp.litigation.legal.api;

import static dev.ccp.litigation.support.Enforcement.again;
import static dev.ccp.litigation.support.Enforcement.closure;
import static dev.ccp.litigation.support.Enforcement.confirmation;
import static dev.ccp.litigation.support.Enforcement.refunded;
import static dev.ccp.litigation.support.Enforcement.takedown;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.Cases;
import dev.ccp.litigation.support.Enforcement;
import dev.ccp.litigation.support.SellerServiceStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Investigators merge and split cases; both ledgers stay verifiable, each citing the other's signed tree head, and
 * the totals count each listing, takedown and closed account once, whichever cases it reached.
 */
@QuarkusTest
class MergingCasesTest {
    @Inject
    DataSource db;

    @Test
    void aMergedCaseIsClosedPointingAtItsSurvivorWhichTakesItsPartiesAndCitesItsTreeHead() {
        String a = Cases.unique("s"), b = Cases.unique("s");
        String survivor = Cases.opening(Map.of("title", "BMW v. A", "brandIds", List.of("b-bmw"),
                "sellerIds", List.of(a))).then().statusCode(201).extract().path("id");
        String absorbed = Cases.opening(Map.of("title", "Mini v. B", "brandIds", List.of("b-mini"),
                "sellerIds", List.of(b, a))).then().statusCode(201).extract().path("id");
        Cases.record(absorbed, 1);
        Cases.record(absorbed, 2);
        JsonPath head = Cases.reading("/api/v1/cases/{id}/evidence/tree-head", absorbed).then().statusCode(200)
                .extract().jsonPath();

        investigation(survivor, "merge", Map.of("absorbedCaseId", absorbed, "reason", "same bank account"))
                .then().statusCode(200).body("caseId", equalTo(survivor))
                .body("audit.action", hasItem("CASE_MERGED"));

        JsonPath merged = Cases.reading("/api/v1/cases/{id}", survivor).then().extract().jsonPath();
        assertThat(merged.getList("brandIds", String.class)).containsExactly("b-bmw", "b-mini");
        assertThat(merged.getList("defendants.sellerId", String.class)).containsExactly(a, b);
        Cases.reading("/api/v1/cases/{id}", absorbed).then().body("status", equalTo("CLOSED"))
                .body("mergedInto", equalTo(survivor)).body("history[-1].note", containsString(survivor));

        Map<String, Object> note = Cases.reading("/api/v1/cases/{id}/evidence/1", survivor).then().statusCode(200)
                .body("type", equalTo("NOTE")).extract().path("content");
        assertThat(note).containsEntry("action", "CASE_MERGED").containsEntry("absorbedCaseId", absorbed)
                .containsEntry("reason", "same bank account");
        @SuppressWarnings("unchecked")
        Map<String, Object> cited = (Map<String, Object>) note.get("absorbedTreeHead");
        assertThat(cited).containsEntry("treeSize", 2).containsEntry("rootHash", head.getString("rootHash"));
        Cases.reading("/api/v1/cases/{id}/evidence/3", absorbed).then().body("content.action", equalTo("MERGED_INTO"))
                .body("content.survivorCaseId", equalTo(survivor));
        for (String id : List.of(survivor, absorbed)) {
            Cases.reading("/api/v1/cases/{id}/evidence/verification", id).then().body("valid", equalTo(true));
        }
        assertThat(Enforcement.publishedTypes(db, absorbed)).containsExactly("case.opened", "case.status-changed");

        investigation(survivor, "merge", Map.of("absorbedCaseId", absorbed)).then().statusCode(409)
                .body("detail", containsString("CLOSED"));
        investigation(survivor, "merge", Map.of("absorbedCaseId", survivor)).then().statusCode(400)
                .body("errors.field", hasItem("absorbedCaseId"));
        investigation(survivor, "merge", Map.of("absorbedCaseId", "no-such-case")).then().statusCode(404);
    }

    @Test
    void aSplitGivesTheChosenDefendantsACaseOfTheirOwnCitingTheSourcesTreeHead() {
        String a = Cases.unique("s"), b = Cases.unique("s");
        String source = Cases.open(a, b);
        Cases.record(source, 1);

        Response split = investigation(source, "split", Map.of("sellerIds", List.of(b), "reason", "another ring"));
        split.then().statusCode(201);
        String created = split.path("caseId");
        Cases.reading("/api/v1/cases/{id}", created).then().body("defendants.sellerId", equalTo(List.of(b)))
                .body("brandIds", equalTo(List.of("b-bmw"))).body("splitFrom", equalTo(source))
                .body("status", equalTo("OPEN"));
        Cases.reading("/api/v1/cases/{id}", source).then().body("defendants.sellerId", equalTo(List.of(a)));
        Cases.reading("/api/v1/cases/{id}/evidence/1", created).then().body("content.action", equalTo("SPLIT_FROM"))
                .body("content.sourceCaseId", equalTo(source)).body("content.sourceTreeHead.treeSize", equalTo(1));
        Cases.reading("/api/v1/cases/{id}/evidence/2", source).then().body("content.action", equalTo("CASE_SPLIT"))
                .body("content.newCaseId", equalTo(created));
        assertThat(Enforcement.publishedTypes(db, created)).containsExactly("case.opened");

        investigation(source, "split", Map.of("sellerIds", List.of(a))).then().statusCode(400)
                .body("errors.field", hasItem("sellerIds"));
        investigation(source, "split", Map.of("sellerIds", List.of(Cases.unique("s")))).then().statusCode(400)
                .body("errors.field", hasItem("sellerIds[0]"));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("sellerIds", List.of(a))).post("/api/v1/cases/{id}/investigation/split", source)
                .then().statusCode(403);
    }

    @Test
    void whatBothCasesCountedCountsOnceInTheSurvivorAndLaterEventsLandThereOnce() {
        String a = Cases.unique("s"), b = Cases.unique("s"), listing = Cases.unique("l");
        String bmw = Cases.unique("b-bmw"), mini = Cases.unique("b-mini");
        SellerServiceStub.cluster(a, b);
        // one confirmation and one takedown naming both brands: each reaches both brands' cases, as do the closures
        EventEnvelope confirmed = confirmation(listing, a, bmw, mini);
        EventEnvelope takenDown = takedown(Cases.unique("t"), listing, a, List.of(bmw, mini), 40,
                List.of(refunded("347.94", "EUR", 2), refunded("1200", "JPY", 1)));
        Enforcement.publishInTurn(db, closure(a), closure(b), confirmed, takenDown);
        JsonPath cases = Enforcement.casesOf(a);
        assertThat(cases.getList("id")).hasSize(2);
        String survivor = cases.getString("find { it.brandIds == ['" + bmw + "'] }.id");
        String absorbed = cases.getString("find { it.brandIds == ['" + mini + "'] }.id");
        for (String id : List.of(survivor, absorbed)) {
            assertTotals(id, 1, 40, 3, 2, Map.of("EUR", 34794, "JPY", 1200));
        }

        investigation(survivor, "merge", Map.of("absorbedCaseId", absorbed, "reason", "one ring, two brands"))
                .then().statusCode(200);
        assertTotals(survivor, 1, 40, 3, 2, Map.of("EUR", 34794, "JPY", 1200));
        assertTotals(absorbed, 1, 40, 3, 2, Map.of("EUR", 34794, "JPY", 1200));
        List<String> absorbedEntries = Enforcement.entryTypes(absorbed);

        // the same takedown and confirmation published again (an upstream replay: new event ids), then new facts
        String another = Cases.unique("l");
        EventEnvelope newListing = confirmation(another, b, mini);
        EventEnvelope newTakedown = takedown(Cases.unique("t"), another, b, List.of(mini), 5,
                List.of(refunded("10.00", "EUR", 1)));
        Enforcement.publish(takenDown, confirmed);
        Enforcement.publishInTurn(db, again(takenDown), again(confirmed), newListing, newTakedown);

        assertThat(Enforcement.casesOf(b).getList("id", String.class)).containsExactlyInAnyOrder(survivor, absorbed);
        assertTotals(survivor, 2, 45, 4, 2, Map.of("EUR", 35794, "JPY", 1200));
        assertThat(Enforcement.entryTypes(survivor).stream().filter("TAKEDOWN_RECORD"::equals))
                .as("one record per takedown in the survivor's ledger").hasSize(2);
        assertTotals(absorbed, 1, 40, 3, 2, Map.of("EUR", 34794, "JPY", 1200));
        assertThat(Enforcement.entryTypes(absorbed)).isEqualTo(absorbedEntries);
        for (String id : List.of(survivor, absorbed)) {
            Cases.reading("/api/v1/cases/{id}/evidence/verification", id).then().body("valid", equalTo(true));
        }
    }

    @Test
    void aCaseSplitOffAndMergedBackCountsWhatBothCountedOnce() {
        String a = Cases.unique("s"), b = Cases.unique("s"), brand = Cases.unique("b-bmw"), ofB = Cases.unique("l");
        String source = Cases.opening(Map.of("title", "BMW v. A and B", "brandIds", List.of(brand),
                "sellerIds", List.of(a, b))).then().statusCode(201).extract().path("id");
        EventEnvelope confirmedB = confirmation(ofB, b, brand);
        EventEnvelope takenDownB = takedown(Cases.unique("t"), ofB, b, List.of(brand), 10,
                List.of(refunded("59.70", "EUR", 3)));
        Enforcement.publishInTurn(db, closure(a), closure(b), confirmation(Cases.unique("l"), a, brand), confirmedB,
                takenDownB);
        assertTotals(source, 2, 10, 3, 2, Map.of("EUR", 5970));

        Response split = investigation(source, "split", Map.of("sellerIds", List.of(b), "reason", "another ring"));
        split.then().statusCode(201);
        String created = split.path("caseId");
        assertTotals(source, 2, 10, 3, 2, Map.of("EUR", 5970));
        assertTotals(created, 0, 0, 0, 0, Map.of());

        // b's facts published again now reach b's own case, which counts them once
        Enforcement.publishInTurn(db, again(confirmedB), again(takenDownB), again(takenDownB));
        assertTotals(created, 1, 10, 3, 0, Map.of("EUR", 5970));

        investigation(source, "merge", Map.of("absorbedCaseId", created, "reason", "the same ring after all"))
                .then().statusCode(200);
        assertTotals(source, 2, 10, 3, 2, Map.of("EUR", 5970));
        Cases.reading("/api/v1/cases/{id}/evidence/verification", source).then().body("valid", equalTo(true));
    }

    /** The case's totals as staff read them, the refunds as currency to minor units. */
    private static void assertTotals(String caseId, int listings, long units, long customers, int closed,
            Map<String, Integer> refunded) {
        JsonPath view = Cases.reading("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().jsonPath();
        assertThat(view.getInt("totals.listings")).as("listings of %s", caseId).isEqualTo(listings);
        assertThat(view.getLong("totals.unitsHeld")).as("units held in %s", caseId).isEqualTo(units);
        assertThat(view.getLong("totals.customersRefunded")).as("customers of %s", caseId).isEqualTo(customers);
        assertThat(view.getInt("totals.accountsClosed")).as("accounts closed in %s", caseId).isEqualTo(closed);
        Map<String, Integer> amounts = new java.util.TreeMap<>();
        view.getList("totals.refunded", Map.class).forEach(r -> amounts.put((String) r.get("currency"),
                ((Number) r.get("minorUnits")).intValue()));
        assertThat(amounts).as("refunded in %s", caseId).isEqualTo(refunded);
    }

    private static Response investigation(String caseId, String action, Object body) {
        return given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(body).post("/api/v1/cases/{id}/investigation/" + action, caseId);
    }
}
