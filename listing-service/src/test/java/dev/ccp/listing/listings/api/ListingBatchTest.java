package dev.ccp.listing.listings.api;

import static dev.ccp.listing.support.TestListings.listing;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A marketplace uploads part of a seller's catalogue in one request. */
@QuarkusTest
class ListingBatchTest {

    @Test
    void everyListingOfAnUploadIsScreenedStoredAndAnnouncedInTheOrderSent() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String disguised = brand.name().replace('e', 'е').replace('o', '0'); // Cyrillic e, digit zero
        List<Map<String, Object>> upload = List.of(
                listing(seller, "Handmade oak cutting board", "kitchen", "24.90", 3),
                listing(seller, disguised + " quilted bag, brand new", "handbags", "39.00", 50),
                listing("s-never-heard-of-" + TestBrands.uniqueSuffix(), "Ceramic mug set", "kitchen", "12.00", 4));

        ValidatableResponse answer = upload(upload, null).statusCode(200)
                .body("listings.status", equalTo(List.of("PUBLISHED", "BLOCKED", "HELD")))
                .body("listings.title", equalTo(upload.stream().map(l -> l.get("title")).toList()))
                .body("listings[1].screening.signals.code", hasItems("BRAND_TERM_DISGUISED", "PRICE_FAR_BELOW_FLOOR"))
                .body("listings[1].screening.brandIds", hasItem(brand.id()))
                .body("listings[2].screening.signals.code", hasItem("SELLER_NOT_VERIFIED"))
                .body("outcomes", equalTo(Map.of("PUBLISHED", 1, "HELD", 1, "BLOCKED", 1)));
        List<String> ids = answer.extract().path("listings.id");

        TestListings.get(ids.get(1)).statusCode(200).body("status", equalTo("BLOCKED"));
        Map<String, String> announced = new HashMap<>();
        TestKafka.await(Topics.LISTINGS, r -> ids.contains(r.key()), 3, Duration.ofSeconds(20))
                .forEach(r -> announced.put(r.key(), EventJson.read(r.value()).type()));
        assertThat(announced).containsExactlyInAnyOrderEntriesOf(Map.of(ids.get(0), "listing.published",
                ids.get(1), "listing.blocked", ids.get(2), "listing.held"));
    }

    @Test
    void oneInvalidListingRejectsTheUploadNamingItsFieldAndNothingIsStored() {
        String seller = SellerEvents.verifiedSeller();
        Map<String, Object> bad = new HashMap<>(listing(seller, "Wool scarf", "apparel", "18.00", 2));
        bad.put("price", Map.of("amount", "-3", "currency", "EUR"));
        upload(List.of(listing(seller, "Desk lamp", "home", "30.00", 1), bad), null).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("listings[1].price.amount")));
        assertThat(listingsOf(seller)).isEmpty();

        upload(List.of(), null).statusCode(400).body("errors.field", hasItem("listings"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= ListingBatchRequest.MAX_LISTINGS; i++) {
            tooMany.add(listing(seller, "Mug " + i, "kitchen", "5.00", 1));
        }
        upload(tooMany, null).statusCode(400).body("errors.field", hasItem("listings"));
        assertThat(listingsOf(seller)).isEmpty();
    }

    @Test
    void aRetriedUploadWithTheSameKeyListsEverythingOnce() {
        String seller = SellerEvents.verifiedSeller();
        List<Map<String, Object>> upload = List.of(listing(seller, "Garden hose 20 m", "home", "21.00", 9),
                listing(seller, "Yoga mat", "sports", "15.00", 30));
        String key = UUID.randomUUID().toString();
        List<String> first = upload(upload, key).statusCode(200).extract().path("listings.id");
        List<String> retried = upload(upload, key).statusCode(200).extract().path("listings.id");
        assertThat(retried).isEqualTo(first);
        assertThat(listingsOf(seller)).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void onlyTheMarketplaceUploads() {
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("listings", List.of(listing("s-1", "Mug", "kitchen", "5.00", 1))))
                .when().post("/api/v1/listings/batch").then().statusCode(403);
    }

    private static ValidatableResponse upload(List<Map<String, Object>> listings, String idempotencyKey) {
        var request = given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(Map.of("listings", listings)).when().post("/api/v1/listings/batch").then();
    }

    private static List<String> listingsOf(String seller) {
        return given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/listings?sellerId={s}", seller).then().statusCode(200).extract().path("id");
    }
}
