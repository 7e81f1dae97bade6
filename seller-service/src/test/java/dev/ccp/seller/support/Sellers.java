package dev.ccp.seller.support;

import static io.restassured.RestAssured.given;

import dev.ccp.devstack.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** Opens, closes and looks up accounts through the API, as the marketplace and staff do. */
public final class Sellers {
    private Sellers() {
    }

    public static String applied() {
        return apply(Applications.valid()).then().statusCode(201).extract().path("id");
    }

    public static Response apply(Map<String, Object> application) {
        return given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(application)
                .when().post("/api/v1/sellers");
    }

    public static void close(String id) {
        given().header("Authorization", TestTokens.bearer("service")).header("Idempotency-Key", "close-" + id)
                .contentType(ContentType.JSON).body(Map.of("reason", "COUNTERFEIT"))
                .post("/api/v1/sellers/{id}/closure", id).then().statusCode(200);
    }

    public static String status(String id) {
        return given().header("Authorization", TestTokens.bearer("investigator"))
                .get("/api/v1/sellers/{id}", id).then().statusCode(200).extract().path("status");
    }
}
