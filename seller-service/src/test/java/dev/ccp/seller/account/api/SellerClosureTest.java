package dev.ccp.seller.account.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.support.Sellers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SellerClosureTest {

    @Test
    void closingIsIdempotentOnItsKeyAndEmitsOneClosedEvent() {
        String id = Sellers.applied();
        Map<String, String> closure = Map.of("reason", "COUNTERFEIT", "reference", "takedown t-77");

        String first = close(id, "takedown-t-77", closure)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closure.reason", equalTo("COUNTERFEIT"))
                .body("closure.reference", equalTo("takedown t-77"))
                .extract().asString();
        String retry = close(id, "takedown-t-77", closure).then().statusCode(200).extract().asString();
        assertThat(retry).isEqualTo(first);

        // another caller closing it again changes nothing either
        close(id, "case-c-9", Map.of("reason", "COURT_ORDER")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("COUNTERFEIT"));

        assertThat(TestKafka.await(Topics.SELLERS, r -> id.equals(r.key()) && isClosed(r.value()), 1,
                Duration.ofSeconds(20))).hasSize(1);
        assertThat(TestKafka.during(Topics.SELLERS, r -> id.equals(r.key()) && isClosed(r.value()),
                Duration.ofSeconds(3))).as("one closure, one event, however often it was asked").hasSize(1);

        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/sellers/{id}", id)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void reusingAKeyForAnotherRequestIsAConflict() {
        String id = Sellers.applied();
        close(id, "key-reused", Map.of("reason", "COUNTERFEIT")).then().statusCode(200);
        close(id, "key-reused", Map.of("reason", "FRAUD")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("key-reused"));
    }

    @Test
    void closingNeedsAnIdempotencyKeyAndAReason() {
        String id = Sellers.applied();
        given().header("Authorization", TestTokens.bearer("service"))
                .contentType(ContentType.JSON).body(Map.of("reason", "COUNTERFEIT"))
                .when().post("/api/v1/sellers/{id}/closure", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        close(id, "k-no-reason", Map.of("reference", "x")).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/sellers/{id}", id)
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void closingAnUnknownSellerIsA404AndLeavesTheKeyFree() {
        close("ghost", "k-ghost", Map.of("reason", "COUNTERFEIT")).then().statusCode(404)
                .contentType("application/problem+json");
        close("ghost", "k-ghost", Map.of("reason", "COUNTERFEIT")).then().statusCode(404);
    }

    @Test
    void trustAdminsMayCloseToo() {
        String id = Sellers.applied();
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .header("Idempotency-Key", "admin-" + id)
                .contentType(ContentType.JSON).body(Map.of("reason", "POLICY"))
                .when().post("/api/v1/sellers/{id}/closure", id)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    private static boolean isClosed(String event) {
        return EventJson.read(event).type().equals("seller.closed");
    }

    private static io.restassured.response.Response close(String id, String key, Map<String, String> body) {
        return given().header("Authorization", TestTokens.bearer("service"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sellers/{id}/closure", id);
    }
}
