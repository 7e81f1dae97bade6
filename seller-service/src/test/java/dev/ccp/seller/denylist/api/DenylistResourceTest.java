package dev.ccp.seller.denylist.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.support.Applications;
import dev.ccp.seller.support.Sellers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DenylistResourceTest {

    @Test
    void legalBarsAttributesFromOutsideEvidenceAndAnApplicantWithThemIsRejected() {
        String email = "courier.ring." + System.nanoTime() + "@example.org";
        String source = "referral:cbp-" + System.nanoTime();
        given().header("Authorization", TestTokens.bearer("legal")).contentType(ContentType.JSON)
                .body(Map.of("attributes", Map.of("email", email.toUpperCase(), "documentCountry", "ES",
                        "documentNumber", "X-123-" + System.nanoTime()), "source", source, "reason", "customs seizure"))
                .post("/api/v1/denylist").then().statusCode(201).body("added", equalTo(2));

        Sellers.apply(Applications.with("email", email)).then().statusCode(201)
                .body("status", equalTo("REJECTED")).body("verification.reasons.code", hasItem("REREGISTRATION_EMAIL"));

        long id = given().header("Authorization", TestTokens.bearer("investigator")).get("/api/v1/denylist")
                .then().statusCode(200).body(not(containsString(email))).body(not(containsString("valueHash")))
                .extract().jsonPath().getLong("find { it.source == '" + source + "' && it.kind == 'EMAIL' }.id");
        given().header("Authorization", TestTokens.bearer("legal")).delete("/api/v1/denylist/{id}", id)
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("trust-admin")).delete("/api/v1/denylist/{id}", id)
                .then().statusCode(204);
        given().header("Authorization", TestTokens.bearer("trust-admin")).delete("/api/v1/denylist/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void barringAnAccountBarsEveryIdentityOfItOnce() {
        Map<String, Object> application = Applications.valid();
        String sellerId = Sellers.apply(application).then().extract().path("id");
        Map<String, String> request = Map.of("sellerId", sellerId, "source", "trust-admin:ticket-9", "reason", "fraud ring");
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON).body(request)
                .post("/api/v1/denylist").then().statusCode(201).body("added", equalTo(7));
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON).body(request)
                .post("/api/v1/denylist").then().statusCode(201).body("added", equalTo(0));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("sellerId", sellerId)
                .get("/api/v1/denylist").then().statusCode(200).body("$", hasSize(7));

        Map<String, Object> comeback = Applications.valid();
        comeback.put("taxId", application.get("taxId"));
        Sellers.apply(comeback).then().body("status", equalTo("REJECTED"))
                .body("verification.reasons.code", hasItem("REREGISTRATION_TAX_ID"));
    }

    @Test
    void aDenylistRequestNeedsAnAccountOrAttributesASourceAndAReason() {
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("source", "x", "reason", "y")).post("/api/v1/denylist")
                .then().statusCode(400).body("errors.field", hasItem("sellerId"));
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("sellerId", "ghost", "source", "x", "reason", "y")).post("/api/v1/denylist")
                .then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("attributes", Map.of("phone", "612345678"))).post("/api/v1/denylist")
                .then().statusCode(400).body("errors.field", hasItem("source"));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("sellerId", "x", "source", "x", "reason", "y")).post("/api/v1/denylist")
                .then().statusCode(403);
    }
}
