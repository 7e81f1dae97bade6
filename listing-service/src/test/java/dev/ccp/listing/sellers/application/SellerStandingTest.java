package dev.ccp.listing.sellers.application;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingRemoved;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SellerStandingTest {

    @Test
    void aClosedSellersLiveAndHeldListingsAreRemovedAndAnnounced() {
        String seller = SellerEvents.verifiedSeller();
        String first = submitted(listing(seller, "Garden hose 20 m", "home", "25.00", 10));
        String second = submitted(listing(seller, "Hose reel", "home", "35.00", 10));
        TestListings.get(first).body("status", equalTo("PUBLISHED"));

        String closure = SellerEvents.send(new SellerClosed(seller, "COUNTERFEIT", "takedown t-1", Instant.now()));
        for (String id : List.of(first, second)) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                    "REMOVED".equals(TestListings.get(id).extract().path("status")));
            TestListings.get(id).body("removal.reason", equalTo("SELLER_CLOSED"))
                    .body("removal.reference", equalTo(closure));
            List<ConsumerRecord<String, String>> removed = TestKafka.await(Topics.LISTINGS, r -> id.equals(r.key())
                    && EventJson.read(r.value()).type().equals(ListingRemoved.TYPE), 1, Duration.ofSeconds(20));
            assertThat(removed).hasSize(1);
            assertThat(((ListingRemoved) EventJson.read(removed.get(0).value()).payload()).actor())
                    .isEqualTo("/seller-service");
        }
        TestListings.submit(listing(seller, "Another hose", "home", "20.00", 10)).statusCode(201)
                .body("status", equalTo("BLOCKED")).body("screening.signals.code", hasItem("SELLER_BARRED"));
    }

    @Test
    void aHeldListingGoesLiveOnceItsSellerIsVerified() {
        String seller = "s-" + UUID.randomUUID();
        String id = submitted(listing(seller, "Bamboo desk lamp", "home", "45.00", 5));
        TestListings.get(id).body("status", equalTo("HELD"));

        SellerEvents.verify(seller);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "PUBLISHED".equals(TestListings.get(id).extract().path("status")));
    }

    @Test
    void anOlderEventDeliveredLateChangesNothing() {
        String seller = SellerEvents.verifiedSeller();
        SellerEvents.sendAndAwait(new SellerSuspended(seller, "investigation", "ivan", Instant.now()), seller,
                "SUSPENDED");
        String id = submitted(listing(seller, "Desk organiser", "home", "15.00", 5));
        TestListings.get(id).body("status", equalTo("HELD")).body("screening.signals.code", hasItem("SELLER_SUSPENDED"));

        // A verification from an hour ago arrives late; then the account is closed. Same seller, same partition:
        // once CLOSED shows, the stale event was read before it.
        Instant hourAgo = Instant.now().minusSeconds(3600);
        TestKafka.send(Topics.SELLERS, seller, EventJson.write(EventEnvelope.wrap("/seller-service",
                new SellerVerified(seller, 0, List.of(), hourAgo), hourAgo)));
        SellerEvents.close(seller);

        assertThat(TestKafka.during(Topics.LISTINGS, r -> id.equals(r.key())
                && EventJson.read(r.value()).type().equals(ListingPublished.TYPE), Duration.ofSeconds(2)))
                .as("the stale verification never put the listing live").isEmpty();
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/seller-standings/{id}", seller)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("source", equalTo("seller.closed"));
    }

    @Test
    void whatVerificationFoundOnTheSellerTravelsWithItsStanding() {
        String seller = "s-" + UUID.randomUUID();
        SellerEvents.sendAndAwait(new SellerVerified(seller, 15, List.of(
                new dev.ccp.contracts.seller.DecisionReason("NO_BARRED_LINKS", "none"),
                new dev.ccp.contracts.seller.DecisionReason("SAME_NAME_AS_BARRED_ACCOUNT", "a closed shop's name")),
                Instant.now()), seller, "VERIFIED");
        TestListings.submit(listing(seller, "Ceramic mug", "home", "9.00", 5)).statusCode(201)
                .body("status", equalTo("PUBLISHED"))
                .body("screening.signals.code", hasItem("SELLER_VERIFIED_WITH_RISK"))
                .body("screening.signals[0].detail", org.hamcrest.Matchers.containsString("SAME_NAME_AS_BARRED_ACCOUNT"));
    }
}
