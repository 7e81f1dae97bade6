package dev.ccp.seller.account.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.support.Applications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Looking accounts up, and what every endpoint of the service demands of its callers. */
@QuarkusTest
class SellerResourceTest {
    @Test
    void anUnknownSellerIsA404Problem() {
        given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/sellers/{id}", "no-such-seller")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-seller"))
                .body("instance", equalTo("/api/v1/sellers/no-such-seller"));
    }

    @Test
    void everyEndpointNeedsAValidTokenWithTheRightRole() {
        given().contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", TestTokens.forgedBearer("marketplace"))
                .contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(401);
        given().header("Authorization", TestTokens.expiredBearer("marketplace"))
                .contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("moderator"))
                .contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/sellers/{id}", "x").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(Map.of("reason", "COUNTERFEIT"))
                .header("Idempotency-Key", "k-403")
                .when().post("/api/v1/sellers/{id}/closure", "x")
                .then().statusCode(403);
    }

    @Test
    void healthMetricsAndTheApiDocumentAreOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ccp_outbox_pending"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/sellers/{id}/closure"));
    }
}
