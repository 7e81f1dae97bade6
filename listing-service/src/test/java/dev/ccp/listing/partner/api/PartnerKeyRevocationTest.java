package dev.ccp.listing.partner.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.TestBrands;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The test profile trusts a key's status for 0 s: a revocation must show on the very next request. */
@QuarkusTest
class PartnerKeyRevocationTest {

    @Test
    void revokingAKeyEndsItsTokensAtOnce() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        given().header("Authorization", token).when().get("/partner/v1/brands/{id}", brand.id())
                .then().statusCode(200);

        revokeAsStaff(brand, keyIdOf(brand.apiKey()));

        given().header("Authorization", token).when().get("/partner/v1/brands/{id}", brand.id())
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", token).when().post("/partner/v1/brands/{id}/api-keys", brand.id())
                .then().statusCode(401);
    }

    @Test
    void aPartnerRevokingTheKeyOfItsOwnTokenLosesThatTokenToo() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        given().header("Authorization", token)
                .when().delete("/partner/v1/brands/{id}/api-keys/{key}", brand.id(), keyIdOf(brand.apiKey()))
                .then().statusCode(200).body("active", equalTo(false));
        given().header("Authorization", token).when().get("/partner/v1/brands/{id}", brand.id())
                .then().statusCode(401);
    }

    @Test
    void keysIssuedWithALeakedKeysTokensDieWithItDownTheWholeLine() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String leaked = brand.apiKey();
        String child = issueWithToken(brand, TestBrands.partnerToken(leaked));
        String grandchild = issueWithToken(brand, TestBrands.partnerToken(child));
        String grandchildToken = "Bearer " + TestBrands.partnerToken(grandchild);
        String staffIssued = given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().post("/api/v1/brands/{id}/api-keys", brand.id())
                .then().statusCode(201).extract().path("apiKey");

        revokeAsStaff(brand, keyIdOf(leaked));

        for (String key : new String[] {leaked, child, grandchild}) {
            given().header("X-API-Key", key).when().post("/partner/v1/token")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().header("Authorization", grandchildToken).when().get("/partner/v1/brands/{id}", brand.id())
                .then().statusCode(401);
        JsonPath keys = given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().get("/api/v1/brands/{id}/api-keys", brand.id()).then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(keys.getList("findAll { it.active }.id"))
                .as("only the key staff issued survives").containsExactly(keyIdOf(staffIssued));
        // the key staff issued was not made with the leaked one, so it works on
        TestBrands.partnerToken(staffIssued);
    }

    private static String issueWithToken(TestBrands.Registered brand, String token) {
        return given().header("Authorization", "Bearer " + token)
                .when().post("/partner/v1/brands/{id}/api-keys", brand.id())
                .then().statusCode(201).extract().path("apiKey");
    }

    private static void revokeAsStaff(TestBrands.Registered brand, String keyId) {
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().delete("/api/v1/brands/{id}/api-keys/{keyId}", brand.id(), keyId)
                .then().statusCode(200).body("active", equalTo(false));
    }

    static String keyIdOf(String apiKey) {
        return apiKey.substring("ccpk_".length(), apiKey.indexOf('.'));
    }
}
