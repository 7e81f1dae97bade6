package dev.ccp.seller.support;

import static io.restassured.RestAssured.given;

import dev.ccp.devstack.test.TestTokens;
import io.restassured.http.ContentType;

/** Opens accounts through the API, as the marketplace does. */
public final class Sellers {
    private Sellers() {
    }

    public static String applied() {
        return given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(201).extract().path("id");
    }
}
