package dev.ccp.seller.account.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.support.Applications;
import dev.ccp.seller.support.Sellers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What staff do after the automatic decision: settle reviews, suspend, reinstate, search, read the history. */
@QuarkusTest
class SellerStandingTest {

    @Test
    void aModeratorSettlesAReviewAndTheHistoryShowsWhoDecidedWhy() {
        String device = "review-device-" + System.nanoTime();
        Sellers.apply(Applications.with("deviceId", device));
        Sellers.apply(Applications.with("deviceId", device));
        String id = Sellers.apply(Applications.with("deviceId", device)).then()
                .body("status", equalTo("PENDING_REVIEW")).extract().path("id");

        decide(id, "moderator", Map.of("verdict", "APPROVE", "note", "three shops of one family business, checked"))
                .then().statusCode(200).body("status", equalTo("VERIFIED"))
                .body("verification.reasons.code", hasItem("APPROVED_ON_REVIEW"));
        decide(id, "moderator", Map.of("verdict", "REJECT", "note", "changed my mind")).then().statusCode(409)
                .contentType("application/problem+json");

        given().header("Authorization", TestTokens.bearer("legal")).get("/api/v1/sellers/{id}/decisions", id)
                .then().statusCode(200)
                .body("status", contains("PENDING_REVIEW", "VERIFIED"))
                .body("actor", contains("system", "test-moderator"))
                .body("[1].note", equalTo("three shops of one family business, checked"));
        assertThat(TestKafka.await(Topics.SELLERS, r -> id.equals(r.key())
                && EventJson.read(r.value()).type().equals("seller.verified"), 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void aReviewDecisionNeedsAVerdictAndANote() {
        String id = Sellers.applied();
        decide(id, "moderator", Map.of("verdict", "MAYBE", "note", "x")).then().statusCode(400)
                .body("errors.field", hasItem("verdict"));
        decide(id, "moderator", Map.of("verdict", "APPROVE")).then().statusCode(400)
                .body("errors.field", hasItem("note"));
        decide(id, "investigator", Map.of("verdict", "APPROVE", "note", "x")).then().statusCode(403);
    }

    @Test
    void aSuspendedSellerCannotComeBackAndCanBeReinstatedOnAppeal() {
        Map<String, Object> application = Applications.valid();
        String id = Sellers.apply(application).then().extract().path("id");

        change(id, "suspension", "investigator", "counterfeit investigation 77").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        change(id, "suspension", "investigator", "again").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        Map<String, Object> comeback = Applications.valid();
        comeback.put("phone", application.get("phone"));
        Sellers.apply(comeback).then().body("status", equalTo("REJECTED"))
                .body("verification.reasons.code", hasItem("REREGISTRATION_PHONE"));

        change(id, "reinstatement", "service", "appeal granted").then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        assertThat(TestKafka.await(Topics.SELLERS, r -> id.equals(r.key()) && EventJson.read(r.value()).type()
                .matches("seller\\.(suspended|reinstated)"), 2, Duration.ofSeconds(20)))
                .extracting(r -> EventJson.read(r.value()).type())
                .containsExactly("seller.suspended", "seller.reinstated");
        change(id, "reinstatement", "trust-admin", "twice").then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void closedAccountsCannotBeSuspendedAndVerifiedOnesNeedNoReinstatement() {
        String id = Sellers.applied();
        change(id, "reinstatement", "trust-admin", "nothing to reinstate").then().statusCode(200);
        Sellers.close(id);
        change(id, "suspension", "trust-admin", "too late").then().statusCode(409).contentType("application/problem+json");
        change(id, "suspension", "moderator", "not my call").then().statusCode(403);
        change("ghost", "suspension", "trust-admin", "who").then().statusCode(404);
    }

    @Test
    void staffSearchByStatusCountryAndNameWithPages() {
        String name = "Lumbre" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 3; i++) {
            Sellers.apply(Applications.with("displayName", name + " " + "abcdefghij".substring(i * 3, i * 3 + 3)));
        }
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .queryParam("name", name.toLowerCase()).queryParam("country", "ES").queryParam("status", "VERIFIED")
                .get("/api/v1/sellers").then().statusCode(200)
                .body("$", hasSize(3)).body("status", everyItem(equalTo("VERIFIED")));
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .queryParam("name", name).queryParam("page", 0).queryParam("size", 2)
                .get("/api/v1/sellers").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2));
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .queryParam("status", "VERIFIED").queryParam("page", 0).queryParam("size", 1)
                .get("/api/v1/sellers").then().statusCode(200).body("total", greaterThanOrEqualTo(3));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("size", 9999)
                .get("/api/v1/sellers").then().statusCode(400).body("errors.field", hasItem("size"));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("page", Integer.MAX_VALUE)
                .get("/api/v1/sellers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("page", Integer.MAX_VALUE)
                .get("/api/v1/denylist").then().statusCode(400).body("errors.field", hasItem("page"));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("country", "Spain")
                .get("/api/v1/sellers").then().statusCode(400).body("errors.field", hasItem("country"));
    }

    private static io.restassured.response.Response decide(String id, String role, Map<String, String> body) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/sellers/{id}/decision", id);
    }

    private static io.restassured.response.Response change(String id, String what, String role, String reason) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).post("/api/v1/sellers/{id}/" + what, id);
    }
}
