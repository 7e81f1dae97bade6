package dev.ccp.listing.promotions.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingHeld;
import dev.ccp.contracts.listing.PromotionReported;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PromotionResourceTest {

    @Test
    void aPostSellingAGenericListingAsABrandHoldsItBeforeTheAnswer() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Black leather bag for women", "handbags", "29.00", 60));
        TestListings.get(id).body("status", equalTo("PUBLISHED"));

        String promotion = given().header("Authorization", TestTokens.bearer("investigator"))
                .contentType(ContentType.JSON)
                .body(Map.of("platform", "TIKTOK", "postUrl", "https://tiktok.example/@luxe/video/1",
                        "accountHandle", "@luxe", "caption", brand.name() + " vibes for less, link in bio",
                        "listingIds", List.of(id), "postedAt", "2026-01-08T11:00:00Z"))
                .when().post("/api/v1/promotions")
                .then().statusCode(201)
                .body("claimedBrandId", equalTo(brand.id()))
                .body("listings[0].listingId", equalTo(id))
                .body("listings[0].status", equalTo("BLOCKED"))
                .extract().path("id");

        TestListings.get(id).body("screening.signals.code", hasItem("PROMOTED_AS_UNNAMED_BRAND"))
                .body("screening.brandIds", hasItem(brand.id()));
        assertThat(TestKafka.await(Topics.LISTINGS, r -> promotion.equals(r.key())
                && EventJson.read(r.value()).type().equals(PromotionReported.TYPE), 1, Duration.ofSeconds(20)))
                .hasSize(1);
        given().header("Authorization", TestTokens.bearer("legal")).when().get("/api/v1/promotions?listingId={id}", id)
                .then().statusCode(200).body("[0].accountHandle", equalTo("@luxe"));
    }

    @Test
    void aPostThatClaimsNoBrandChangesNothing() {
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Cosy knitted scarf", "apparel", "19.00", 30));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("platform", "INSTAGRAM", "caption", "Cosy finds under 50", "listingIds", List.of(id)))
                .when().post("/api/v1/promotions")
                .then().statusCode(201).body("listings[0].status", equalTo("PUBLISHED"));
        assertThat(TestKafka.during(Topics.LISTINGS, r -> id.equals(r.key())
                && EventJson.read(r.value()).type().equals(ListingHeld.TYPE), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void unknownListingsAndBadUrlsAreRefusedAndNothingIsStored() {
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Canvas tote", "handbags", "12.00", 30));
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("platform", "INSTAGRAM", "postUrl", "not a url", "listingIds", List.of(id, "ghost")))
                .when().post("/api/v1/promotions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("postUrl"));
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("platform", "INSTAGRAM", "listingIds", List.of(id, "ghost")))
                .when().post("/api/v1/promotions")
                .then().statusCode(400).body("errors.field", hasItem("listingIds[1]"));
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/promotions?listingId={id}", id)
                .then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(Map.of("platform", "INSTAGRAM", "listingIds", List.of(id)))
                .when().post("/api/v1/promotions").then().statusCode(403);
    }
}
