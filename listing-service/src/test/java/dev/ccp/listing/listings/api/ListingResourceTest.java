package dev.ccp.listing.listings.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingResourceTest {

    @Test
    void aPlainListingOfAVerifiedSellerIsPublishedAndAnnounced() {
        String seller = SellerEvents.verifiedSeller();
        String id = submit(listing(seller, "Handmade oak cutting board", "kitchen", "24.90", 3, "0123456789abcdef"))
                .statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("PUBLISHED"))
                .body("screening.score", equalTo(0))
                .body("screening.signals", equalTo(List.of()))
                .extract().path("id");

        TestListings.get(id).statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("price.amount", equalTo("24.90")).body("imageHashes", equalTo(List.of("0123456789abcdef")));
        assertThat(TestKafka.await(Topics.LISTINGS, r -> id.equals(r.key())
                && EventJson.read(r.value()).type().equals(ListingPublished.TYPE), 1, Duration.ofSeconds(20)))
                .hasSize(1);
    }

    @Test
    void aDisguisedBrandIsBlockedWithItsReasons() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String disguised = brand.name().replace('e', 'е').replace('o', '0'); // Cyrillic e, digit zero
        submit(listing(seller, disguised + " quilted bag, brand new", "handbags", "39.00", 50))
                .statusCode(201)
                .body("status", equalTo("BLOCKED"))
                .body("screening.score", org.hamcrest.Matchers.greaterThanOrEqualTo(70))
                .body("screening.signals.code", hasItems("BRAND_TERM_DISGUISED", "PRICE_FAR_BELOW_FLOOR"))
                .body("screening.brandIds", hasItem(brand.id()));
    }

    @Test
    void anAuthorisedRetailerSellsTheBrandAsWritten() {
        String seller = SellerEvents.verifiedSeller();
        TestBrands.Registered brand = TestBrands.registerFresh(seller);
        submit(listing(seller, brand.name() + " " + brand.line() + " quilted bag", "handbags", "990.00", 12,
                brand.referenceImage()))
                .statusCode(201)
                .body("status", equalTo("PUBLISHED"))
                .body("screening.signals.code", hasItem("AUTHORISED_SELLER"));
    }

    @Test
    void aSellerNoEventHasMentionedIsHeldNotPublished() {
        submit(listing("s-never-heard-of", "Ceramic mug set", "kitchen", "12.00", 4))
                .statusCode(201)
                .body("status", equalTo("HELD"))
                .body("screening.signals.code", hasItem("SELLER_NOT_VERIFIED"));
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        String seller = "s-bad-input-" + TestBrands.uniqueSuffix();
        Map<String, Object> bad = new HashMap<>(listing(seller, "", "kitchen", "12.00", 1, "not-a-hash"));
        bad.put("price", Map.of("amount", "-3", "currency", "euro"));
        bad.remove("quantity");
        submit(bad).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "price.amount", "price.currency", "quantity",
                        "imageHashes[0]"));
        given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/listings?sellerId={s}", seller)
                .then().statusCode(200).body("size()", equalTo(0));

        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body("{\"sellerId\": \"x\", \"quantity\": \"many\"}").when().post("/api/v1/listings")
                .then().statusCode(400).body("errors.field", hasItem("quantity"));
    }

    @Test
    void unknownListingIsA404ProblemAndRolesAreEnforced() {
        TestListings.get("no-such-listing").statusCode(404).contentType("application/problem+json");
        Map<String, Object> body = listing("s-1", "Mug", "kitchen", "5.00", 1);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/listings").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/listings").then().statusCode(403);
        given().header("Authorization", TestTokens.forgedBearer("marketplace")).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/listings").then().statusCode(401);
    }

    @Test
    void anEditIsScreenedAgain() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Quilted shoulder bag", "handbags", "45.00", 5));
        TestListings.get(id).body("status", equalTo("PUBLISHED"));

        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(listing(seller, "Quilted shoulder bag " + brand.name() + " AAA quality replica", "handbags",
                        "45.00", 5))
                .when().put("/api/v1/listings/{id}", id)
                .then().statusCode(200).body("status", equalTo("BLOCKED"))
                .body("screening.signals.code", hasItems("BRAND_TERM_UNAUTHORISED", "REPLICA_VOCABULARY"));
    }

    @Test
    void aRetriedSubmissionWithTheSameKeyCreatesOneListing() {
        String seller = SellerEvents.verifiedSeller();
        Map<String, Object> body = listing(seller, "Linen tea towel", "kitchen", "8.00", 10);
        String first = given().header("Authorization", TestTokens.bearer("marketplace"))
                .header("Idempotency-Key", "submit-" + seller).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/listings").then().statusCode(201).extract().path("id");
        String retry = given().header("Authorization", TestTokens.bearer("marketplace"))
                .header("Idempotency-Key", "submit-" + seller).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/listings").then().statusCode(201).extract().path("id");
        assertThat(retry).isEqualTo(first);
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/listings?sellerId={s}&page=0&size=10", seller)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(first))
                .body("items[0].status", not(equalTo("REMOVED")));
    }

    @Test
    void operatorsAndClientGeneratorsFindWhatTheyNeedWithoutAToken() {
        String seller = SellerEvents.verifiedSeller();
        submitted(listing(seller, "Wool blanket", "home", "39.00", 4));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("ccp_listing_screenings_total"))
                .body(org.hamcrest.Matchers.containsString("ccp_outbox_pending"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/listings/{id}/decision"))
                .body("paths", org.hamcrest.Matchers.hasKey("/partner/v1/token"))
                .body("paths", org.hamcrest.Matchers.hasKey("/partner/v1/violation-reports"))
                .body("components.securitySchemes", org.hamcrest.Matchers.hasKey("partner"));
    }

    @Test
    void theApiContractCarriesNoBenchmarkEndpoint() {
        // client generators work from this document: a benchmark's yardstick must not become a client method
        Map<String, Object> paths = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("paths");
        assertThat(paths).isNotEmpty().containsKey("/api/v1/listings");
        assertThat(paths.keySet()).noneMatch(path -> path.contains("benchmark") || path.contains("baseline"));
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(listing(SellerEvents.verifiedSeller(), "Wool blanket", "home", "39.00", 4))
                .when().post("/api/v1/benchmark/baseline").then().statusCode(404);
    }
}
