package dev.ccp.listing.partner.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerApiTest {

    @Test
    void anApiKeyBuysAShortLivedTokenScopedToItsBrand() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        given().header("X-API-Key", brand.apiKey()).when().post("/partner/v1/token")
                .then().statusCode(200).body("tokenType", equalTo("Bearer")).body("expiresIn", greaterThan(0))
                .body("brandId", equalTo(brand.id()));
        given().when().post("/partner/v1/token").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "ccpk_0000000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .when().post("/partner/v1/token").then().statusCode(401);
    }

    @Test
    void aBrandSeesAndEditsItsOwnProfileAndNeverAnothers() {
        TestBrands.Registered a = TestBrands.registerFresh();
        TestBrands.Registered b = TestBrands.registerFresh();
        String tokenA = TestBrands.partnerToken(a.apiKey());

        given().header("Authorization", "Bearer " + tokenA).when().get("/partner/v1/brands/{id}", a.id())
                .then().statusCode(200).body("name", equalTo(a.name()));
        given().header("Authorization", "Bearer " + tokenA).when().get("/partner/v1/brands/{id}", b.id())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + tokenA).when().get("/partner/v1/brands/{id}/api-keys", b.id())
                .then().statusCode(404);

        Map<String, Object> edit = new HashMap<>(TestBrands.zentrova(a.suffix(), "s-authorised-by-a"));
        edit.put("selfServiceRemoval", true); // not the brand's to grant itself
        given().header("Authorization", "Bearer " + tokenA).contentType(ContentType.JSON).body(edit)
                .when().put("/partner/v1/brands/{id}", a.id())
                .then().statusCode(200).body("authorizedSellers", equalTo(List.of("s-authorised-by-a")))
                .body("selfServiceRemoval", equalTo(false));
        given().header("Authorization", "Bearer " + tokenA).contentType(ContentType.JSON).body(edit)
                .when().put("/partner/v1/brands/{id}", b.id())
                .then().statusCode(404);
    }

    @Test
    void partnerTokensAndStaffTokensStayOnTheirOwnSide() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String partner = TestBrands.partnerToken(brand.apiKey());
        given().header("Authorization", "Bearer " + partner).when().get("/api/v1/brands/{id}", brand.id())
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().get("/partner/v1/brands/{id}", brand.id()).then().statusCode(401);
        given().when().get("/partner/v1/brands/{id}", brand.id()).then().statusCode(401);
    }

    @Test
    void aBrandReportsPromotionsOfItsOwnBrandAndOnlyItSeesThem() {
        TestBrands.Registered a = TestBrands.registerFresh();
        TestBrands.Registered b = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String listingId = submitted(listing(seller, "Black quilted shoulder bag for women", "handbags", "35.00", 30));
        String tokenA = TestBrands.partnerToken(a.apiKey());

        Map<String, Object> post = Map.of("platform", "INSTAGRAM", "postUrl", "https://instagram.example/p/42",
                "accountHandle", "@deals", "caption", "Love this bag", "listingIds", List.of(listingId));
        String promotionId = given().header("Authorization", "Bearer " + tokenA).contentType(ContentType.JSON)
                .body(post).when().post("/partner/v1/promotions")
                .then().statusCode(201).body("claimedBrandId", equalTo(a.id()))
                .body("listings[0].status", equalTo("HELD"))
                .extract().path("id");

        given().header("Authorization", "Bearer " + tokenA).when().get("/partner/v1/promotions/{id}", promotionId)
                .then().statusCode(200).body("reportedBy", equalTo("brand:" + a.id()));
        given().header("Authorization", "Bearer " + TestBrands.partnerToken(b.apiKey()))
                .when().get("/partner/v1/promotions/{id}", promotionId).then().statusCode(404);

        Map<String, Object> claimingOther = new HashMap<>(post);
        claimingOther.put("claimedBrand", b.id());
        given().header("Authorization", "Bearer " + tokenA).contentType(ContentType.JSON).body(claimingOther)
                .when().post("/partner/v1/promotions")
                .then().statusCode(400).body("errors.field", hasItem("claimedBrand"));
    }

    @Test
    void aBrandThatCallsTooOftenIsToldWhenToComeBack() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        TestBrands.Registered other = TestBrands.registerFresh();
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        int answered = 0;
        io.restassured.response.Response last = null;
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) { // the test profile allows 100 a minute per brand
            last = given().header("Authorization", token).when().get("/partner/v1/brands/{id}", brand.id());
            if (last.statusCode() == 429) {
                break;
            }
            answered++;
        }
        // the bucket refills at 100 a minute while the loop runs, however slow the machine
        long refilled = (System.nanoTime() - started) * 100 / 60_000_000_000L;
        assertThat(answered).isBetween(100, 101 + (int) refilled);
        last.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // another brand is not slowed down by it
        given().header("Authorization", "Bearer " + TestBrands.partnerToken(other.apiKey()))
                .when().get("/partner/v1/brands/{id}", other.id()).then().statusCode(200);
    }
}
