package dev.ccp.listing.brand.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.TestBrands;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrustedFlaggerResourceTest {

    @Test
    void onlyATrustAdminDesignatesATrustedFlaggerAndEveryChangeIsAudited() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        given().header("Authorization", TestTokens.bearer("moderator")).when()
                .get("/api/v1/brands/{id}/trusted-flagger", brand.id())
                .then().statusCode(200).body("trustedFlagger", equalTo(false)).body("history.size()", equalTo(0));

        put("moderator", brand.id(), Map.of("trustedFlagger", true, "note", "x")).statusCode(403);
        given().header("Authorization", "Bearer " + TestBrands.partnerToken(brand.apiKey()))
                .contentType(ContentType.JSON).body(Map.of("trustedFlagger", true, "note", "us, please"))
                .when().put("/api/v1/brands/{id}/trusted-flagger", brand.id()).then().statusCode(401); // staff API only
        put("trust-admin", brand.id(), Map.of("trustedFlagger", true)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("note"));
        put("trust-admin", brand.id(), Map.of("note", "no flag")).statusCode(400)
                .body("errors.field", hasItem("trustedFlagger"));
        put("trust-admin", "no-such-brand", Map.of("trustedFlagger", true, "note", "x")).statusCode(404);

        put("trust-admin", brand.id(), Map.of("trustedFlagger", true, "note", "accredited notifier, DSA Art. 22"))
                .statusCode(200).body("trustedFlagger", equalTo(true)).body("history.size()", equalTo(1))
                .body("history[0].changedBy", equalTo("trust-kim"))
                .body("history[0].note", equalTo("accredited notifier, DSA Art. 22"))
                .body("history[0].changedAt", notNullValue());
        // what already stands changes nothing
        put("trust-admin", brand.id(), Map.of("trustedFlagger", true, "note", "again")).statusCode(200)
                .body("history.size()", equalTo(1));
        put("trust-admin", brand.id(), Map.of("trustedFlagger", false, "note", "accreditation withdrawn"))
                .statusCode(200).body("trustedFlagger", equalTo(false)).body("history.size()", equalTo(2))
                .body("history[1].trustedFlagger", equalTo(false));
    }

    private static ValidatableResponse put(String role, String brandId, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearerAs("trust-kim", role)).contentType(ContentType.JSON)
                .body(body).when().put("/api/v1/brands/{id}/trusted-flagger", brandId).then();
    }
}
