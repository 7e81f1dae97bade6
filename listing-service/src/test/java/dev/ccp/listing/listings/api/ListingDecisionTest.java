package dev.ccp.listing.listings.api;

import static dev.ccp.listing.support.TestListings.decide;
import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingDecisionTest {

    @Test
    void aConfirmedCounterfeitIsBlockedAuditedAndAnnouncedWithItsEvidence() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String id = submitted(listing(seller, brand.name() + " quilted bag", "handbags", "400.00", 3,
                "1111222233334444"));
        TestListings.get(id).body("status", equalTo("HELD"));

        decide(id, "COUNTERFEIT", "stitching matches seized stock").statusCode(200)
                .body("status", equalTo("BLOCKED")).body("verdict", equalTo("COUNTERFEIT"));
        decide(id, "COUNTERFEIT", "again").statusCode(200); // the same verdict twice changes nothing

        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> confirmed = TestKafka.await(
                Topics.LISTINGS, r -> id.equals(r.key()) && EventJson.read(r.value()).type()
                        .equals(ListingCounterfeitConfirmed.TYPE), 1, Duration.ofSeconds(20));
        assertThat(confirmed).hasSize(1);
        ListingCounterfeitConfirmed event = (ListingCounterfeitConfirmed) EventJson.read(confirmed.get(0).value())
                .payload();
        assertThat(event.sellerId()).isEqualTo(seller);
        assertThat(event.brandIds()).contains(brand.id());
        assertThat(event.snapshot().title()).isEqualTo(brand.name() + " quilted bag");
        assertThat(event.snapshot().price().amount()).isEqualByComparingTo("400.00");
        assertThat(event.snapshot().imageHashes()).containsExactly("1111222233334444");
        assertThat(event.decidedBy()).isEqualTo("test-moderator");
        assertThat(event.note()).isEqualTo("stitching matches seized stock");
        assertThat(TestKafka.during(Topics.LISTINGS, r -> id.equals(r.key()) && EventJson.read(r.value()).type()
                .equals(ListingCounterfeitConfirmed.TYPE), Duration.ofSeconds(2))).hasSize(1);

        given().header("Authorization", TestTokens.bearer("legal")).when().get("/api/v1/listings/{id}/decisions", id)
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].verdict", equalTo("COUNTERFEIT")).body("[0].decidedBy", equalTo("test-moderator"))
                .body("[0].statusBefore", equalTo("HELD")).body("[0].statusAfter", equalTo("BLOCKED"));

        decide(id, "NOT_INFRINGING", "changed my mind").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theSamePhotosUnderNewWordsAndAnotherSellerAreARelisting() {
        String seller = SellerEvents.verifiedSeller();
        String original = submitted(listing(seller, "Vintage style gold watch", "watches", "40.00", 20,
                "a1b2c3d4e5f60718", "0f1e2d3c4b5a6978"));
        decide(original, "COUNTERFEIT", "fake movement").statusCode(200);

        String newcomer = SellerEvents.verifiedSeller();
        // every image within a few bits of the confirmed counterfeit's: re-encoded copies of the same photos
        submit(listing(newcomer, "Classic golden wristwatch for men", "watches", "38.00", 25,
                "a1b2c3d4e5f60719", "0f1e2d3c4b5a6970"))
                .statusCode(201).body("status", equalTo("BLOCKED"))
                .body("screening.signals.code", hasItem("RELISTED_COUNTERFEIT"));
        submit(listing(newcomer, "Classic golden wristwatch for men", "watches", "38.00", 25, "5555666677778888"))
                .statusCode(201).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void liveListingsWithTheSamePhotosAreScreenedAgainWhenACounterfeitIsConfirmed() {
        String one = SellerEvents.verifiedSeller();
        String other = SellerEvents.verifiedSeller();
        String live = submitted(listing(other, "Silver chain bracelet", "jewelry", "19.00", 40, "7777aaaa7777aaaa"));
        TestListings.get(live).body("status", equalTo("PUBLISHED"));
        String reported = submitted(listing(one, "Silver chain bracelet, gift box", "jewelry", "21.00", 40,
                "7777aaaa7777aaab"));

        decide(reported, "COUNTERFEIT", "test purchase failed authentication").statusCode(200);
        TestListings.get(live).body("status", equalTo("BLOCKED"))
                .body("screening.signals.code", hasItem("RELISTED_COUNTERFEIT"));
    }

    @Test
    void clearingAHeldListingPublishesIt() {
        String seller = SellerEvents.verifiedSeller();
        TestBrands.Registered brand = TestBrands.registerFresh();
        String id = submitted(listing(seller, "Strap compatible with " + brand.name() + " bags", "handbags",
                "15.00", 10, brand.referenceImage()));
        TestListings.get(id).body("status", equalTo("HELD"));
        decide(id, "NOT_INFRINGING", "our own photo of a generic strap").statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("verdict", equalTo("NOT_INFRINGING"));
        decide("no-such-listing", "COUNTERFEIT", "x").statusCode(404);
        given().header("Authorization", TestTokens.bearer("investigator")).contentType("application/json")
                .body(java.util.Map.of("verdict", "COUNTERFEIT")).when().post("/api/v1/listings/{id}/decision", id)
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("moderator")).contentType("application/json")
                .body(java.util.Map.of("verdict", "MAYBE")).when().post("/api/v1/listings/{id}/decision", id)
                .then().statusCode(400).body("errors.field", hasItem("verdict"));
    }
}
