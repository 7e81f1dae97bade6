package dev.ccp.listing.listings.api;

import static dev.ccp.listing.support.TestListings.decide;
import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.reinstate;
import static dev.ccp.listing.support.TestListings.remove;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingBlocked;
import dev.ccp.contracts.listing.ListingHeld;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.contracts.listing.ListingReinstated;
import dev.ccp.contracts.listing.ListingRemoved;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingRemovalTest {

    @Test
    void aRemovalIsAuditedAnnouncedOnceAndAnsweredAgainOnItsKey() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String id = heldListing(brand, seller);

        String first = remove(id, "takedown-1-" + id, "COUNTERFEIT", "takedown t-1").statusCode(200)
                .body("status", equalTo("REMOVED"))
                .body("removal.reason", equalTo("COUNTERFEIT")).body("removal.reference", equalTo("takedown t-1"))
                .body("removal.removedBy", equalTo("test-service"))
                .extract().asString();
        String retry = remove(id, "takedown-1-" + id, "COUNTERFEIT", "takedown t-1").statusCode(200)
                .extract().asString();
        assertThat(retry).isEqualTo(first);
        // another removal of a removed listing changes nothing: the first reason stands
        remove(id, "takedown-2-" + id, "COURT_ORDER", "case c-1").statusCode(200)
                .body("status", equalTo("REMOVED")).body("removal.reason", equalTo("COUNTERFEIT"));

        List<ConsumerRecord<String, String>> removed = events(id, ListingRemoved.TYPE, 1);
        assertThat(removed).hasSize(1);
        ListingRemoved event = (ListingRemoved) EventJson.read(removed.get(0).value()).payload();
        assertThat(event.sellerId()).isEqualTo(seller);
        assertThat(event.brandIds()).containsExactly(brand.id());
        assertThat(event.reason()).isEqualTo("COUNTERFEIT");
        assertThat(event.reference()).isEqualTo("takedown t-1");
        assertThat(event.actor()).isEqualTo("test-service");
        assertThat(TestKafka.during(Topics.LISTINGS, r -> is(r, id, ListingRemoved.TYPE), Duration.ofSeconds(2)))
                .as("one removal, one event, however often it was asked").hasSize(1);

        given().header("Authorization", TestTokens.bearer("legal")).when().get("/api/v1/listings/{id}/actions", id)
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].action", equalTo("REMOVED")).body("[0].actor", equalTo("test-service"))
                .body("[0].reason", equalTo("COUNTERFEIT")).body("[0].reference", equalTo("takedown t-1"))
                .body("[0].statusBefore", equalTo("HELD")).body("[0].statusAfter", equalTo("REMOVED"));
        given().header("Authorization", TestTokens.bearer("marketplace")).when().get("/api/v1/listings/{id}", id)
                .then().statusCode(200).body("status", equalTo("REMOVED"));
    }

    @Test
    void reusingAKeyForAnotherRequestIsAConflict() {
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Garden hose 30 m", "home", "25.00", 10));
        String other = submitted(listing(seller, "Hose reel", "home", "35.00", 10));
        remove(id, "reused-" + id, "COUNTERFEIT", "takedown t-1").statusCode(200);

        remove(id, "reused-" + id, "COUNTERFEIT", "takedown t-2").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("reused-" + id));
        remove(other, "reused-" + id, "COUNTERFEIT", "takedown t-1").statusCode(409);
        TestListings.get(other).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aRemovalNeedsAnIdempotencyKeyAReasonAndAReference() {
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Wool blanket", "home", "39.00", 4));

        given().header("Authorization", TestTokens.bearer("service")).contentType(ContentType.JSON)
                .body(Map.of("reason", "COUNTERFEIT", "reference", "takedown t-1"))
                .when().post("/api/v1/listings/{id}/removal", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        given().header("Authorization", TestTokens.bearer("service")).header("Idempotency-Key", "no-reason-" + id)
                .contentType(ContentType.JSON).body(Map.of("reference", "takedown t-1"))
                .when().post("/api/v1/listings/{id}/removal", id)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        remove(id, "long-reference-" + id, "COUNTERFEIT", "t".repeat(201)).statusCode(400)
                .body("errors.field", hasItem("reference"));
        given().header("Authorization", TestTokens.bearer("service")).header("Idempotency-Key", "no-key-" + id)
                .contentType(ContentType.JSON).body(Map.of("reason", "APPEAL_GRANTED"))
                .when().post("/api/v1/listings/{id}/reinstatement", id)
                .then().statusCode(400).body("errors.field", hasItem("reference"));

        TestListings.get(id).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void onlyServicesAndTrustAdminsRemoveOrReinstate() {
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Oak cutting board", "home", "24.90", 3));
        Map<String, String> body = Map.of("reason", "COUNTERFEIT", "reference", "takedown t-1");
        for (String role : List.of("marketplace", "moderator", "investigator")) {
            for (String action : List.of("removal", "reinstatement")) {
                given().header("Authorization", TestTokens.bearer(role)).header("Idempotency-Key", role + id)
                        .contentType(ContentType.JSON).body(body)
                        .when().post("/api/v1/listings/{id}/" + action, id).then().statusCode(403);
            }
        }
        given().header("Idempotency-Key", "anonymous-" + id).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/listings/{id}/removal", id).then().statusCode(401);
        TestListings.get(id).body("status", equalTo("PUBLISHED"));

        given().header("Authorization", TestTokens.bearer("trust-admin")).header("Idempotency-Key", "staff-" + id)
                .contentType(ContentType.JSON).body(Map.of("reason", "POLICY", "reference", "ticket 881"))
                .when().post("/api/v1/listings/{id}/removal", id)
                .then().statusCode(200).body("status", equalTo("REMOVED"))
                .body("removal.removedBy", equalTo("test-trust-admin"));
        given().header("Authorization", TestTokens.bearer("marketplace")).when().get("/api/v1/listings/{id}/actions", id)
                .then().statusCode(403);
    }

    @Test
    void anUnknownListingIsA404AndLeavesTheKeyFree() {
        remove("ghost", "ghost-removal", "COUNTERFEIT", "takedown t-1").statusCode(404)
                .contentType("application/problem+json");
        remove("ghost", "ghost-removal", "COUNTERFEIT", "takedown t-1").statusCode(404);
        reinstate("ghost", "ghost-reinstatement", "APPEAL_GRANTED", "appeal a-1").statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("legal")).when().get("/api/v1/listings/ghost/actions")
                .then().statusCode(404);
    }

    @Test
    void aReinstatementGivesBackTheScreenedStatusAndIsAnnouncedOnce() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String held = heldListing(brand, seller);
        String live = submitted(listing(seller, "Linen tea towel", "kitchen", "8.00", 10));
        for (String id : List.of(held, live)) {
            remove(id, "takedown-" + id, "COUNTERFEIT", "takedown t-" + id).statusCode(200);
        }

        String first = reinstate(held, "appeal-" + held, "APPEAL_GRANTED", "appeal a-1").statusCode(200)
                .body("status", equalTo("HELD")).body("removal", nullValue()).extract().asString();
        assertThat(reinstate(held, "appeal-" + held, "APPEAL_GRANTED", "appeal a-1").statusCode(200)
                .extract().asString()).isEqualTo(first);
        reinstate(live, "appeal-" + live, "APPEAL_GRANTED", "appeal a-2").statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        reinstate(held, "appeal-again-" + held, "APPEAL_GRANTED", "appeal a-1").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("not removed"));

        assertThat(reinstated(held).status()).isEqualTo("HELD");
        assertThat(reinstated(held).actor()).isEqualTo("test-service");
        assertThat(reinstated(held).reference()).isEqualTo("appeal a-1");
        assertThat(reinstated(live).status()).isEqualTo("PUBLISHED");
        assertThat(TestKafka.during(Topics.LISTINGS, r -> is(r, held, ListingHeld.TYPE), Duration.ofSeconds(2)))
                .as("the submission's listing.held only: the reinstatement says where it is back").hasSize(1);

        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/listings/{id}/actions", held)
                .then().statusCode(200).body("action", equalTo(List.of("REMOVED", "REINSTATED")))
                .body("[1].statusBefore", equalTo("REMOVED")).body("[1].statusAfter", equalTo("HELD"))
                .body("[1].reason", equalTo("APPEAL_GRANTED"));
    }

    @Test
    void aReinstatedListingIsScreenedOnTodaysEvidence() {
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Ceramic plant pot", "home", "12.00", 20));
        remove(id, "takedown-" + id, "COUNTERFEIT", "takedown t-9").statusCode(200);
        SellerEvents.sendAndAwait(new SellerSuspended(seller, "investigation", "ivan", Instant.now()), seller,
                "SUSPENDED");

        reinstate(id, "appeal-" + id, "APPEAL_GRANTED", "appeal a-9").statusCode(200)
                .body("status", equalTo("HELD")).body("screening.signals.code", hasItem("SELLER_SUSPENDED"));
        assertThat(reinstated(id).status()).isEqualTo("HELD");
    }

    @Test
    void aRemovedListingStaysRemovedWhateverScreensAgain() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Black leather bag for women", "handbags", "29.00", 60,
                "7777bbbb7777bbbb"));
        TestListings.get(id).body("status", equalTo("PUBLISHED"));
        remove(id, "takedown-" + id, "COUNTERFEIT", "takedown t-3").statusCode(200);

        // a promotion claiming the brand links to it
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("platform", "TIKTOK", "postUrl", "https://tiktok.example/@luxe/video/9",
                        "accountHandle", "@luxe", "caption", brand.name() + " vibes for less, link in bio",
                        "listingIds", List.of(id)))
                .when().post("/api/v1/promotions")
                .then().statusCode(201).body("listings[0].status", equalTo("REMOVED"));
        // a counterfeit with the same photos is confirmed
        String copy = submitted(listing(SellerEvents.verifiedSeller(), "Leather bag, black", "handbags", "31.00", 40,
                "7777bbbb7777bbba"));
        decide(copy, "COUNTERFEIT", "test purchase failed authentication").statusCode(200);
        // its seller is suspended
        SellerEvents.sendAndAwait(new SellerSuspended(seller, "investigation", "ivan", Instant.now()), seller,
                "SUSPENDED");

        TestListings.get(id).body("status", equalTo("REMOVED"));
        assertThat(TestKafka.during(Topics.LISTINGS, r -> id.equals(r.key()) && Set.of(ListingPublished.TYPE,
                ListingHeld.TYPE, ListingBlocked.TYPE).contains(EventJson.read(r.value()).type()), Duration.ofSeconds(2)))
                .as("only the submission's outcome: nothing re-screened the removed listing").hasSize(1);
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(listing(seller, "Black leather bag for women, new photos", "handbags", "29.00", 60))
                .when().put("/api/v1/listings/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");
        TestListings.get(id).body("status", equalTo("REMOVED")).body("title", equalTo("Black leather bag for women"));
    }

    @Test
    void aVerdictOnARemovedListingKeepsItDownAndDecidesWhatComesBack() {
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, "Silver hoop earrings", "jewelry", "19.00", 40));
        remove(id, "takedown-" + id, "SELLER_CLOSED", "event e-1").statusCode(200);

        decide(id, "COUNTERFEIT", "stamped 925 but plated brass").statusCode(200)
                .body("status", equalTo("REMOVED")).body("verdict", equalTo("COUNTERFEIT"));
        reinstate(id, "appeal-" + id, "APPEAL_GRANTED", "appeal a-4").statusCode(200)
                .body("status", equalTo("BLOCKED")).body("verdict", equalTo("COUNTERFEIT"));
    }

    /** A strap pictured with the brand's own reference photo: held for a moderator. */
    private static String heldListing(TestBrands.Registered brand, String seller) {
        String id = submitted(listing(seller, "Strap compatible with " + brand.name() + " bags", "handbags",
                "15.00", 10, brand.referenceImage()));
        TestListings.get(id).body("status", equalTo("HELD"));
        return id;
    }

    private static ListingReinstated reinstated(String id) {
        List<ConsumerRecord<String, String>> found = events(id, ListingReinstated.TYPE, 1);
        assertThat(found).as("listing.reinstated of %s", id).hasSize(1);
        return (ListingReinstated) EventJson.read(found.get(0).value()).payload();
    }

    private static List<ConsumerRecord<String, String>> events(String id, String type, int count) {
        return TestKafka.await(Topics.LISTINGS, r -> is(r, id, type), count, Duration.ofSeconds(20));
    }

    private static boolean is(ConsumerRecord<String, String> record, String id, String type) {
        return id.equals(record.key()) && EventJson.read(record.value()).type().equals(type);
    }
}
