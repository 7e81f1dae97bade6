package dev.ccp.listing.removals.application;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.BrandRemovalPrivilegeSuspended;
import dev.ccp.contracts.listing.ListingReinstated;
import dev.ccp.contracts.takedown.TakedownAppealGranted;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import dev.ccp.listing.support.TestRemovals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every removal overturned counts against the brand: granted appeals arrive from takedown-service on the real
 * broker, counter-notices are upheld through the API. Past 20 % of at least 10 removals (the defaults) the
 * privilege is suspended.
 */
@QuarkusTest
class OverturnSuspensionTest {

    @Test
    void aBrandLosesSelfServiceRemovalOnceTooManyOfItsRemovalsAreOverturned() {
        TestBrands.Registered brand = TestRemovals.privilegedBrand();
        String seller = SellerEvents.verifiedSeller();
        List<String> fakes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            fakes.add(submitted(listing(seller, brand.name() + " quilted bag no. " + i, "handbags", "400.00", 3)));
        }
        String token = TestBrands.partnerToken(brand.apiKey());
        String removal = TestRemovals.remove(token, fakes).statusCode(201).body("removed", equalTo(10))
                .extract().path("id");

        // an appeal granted against the brand's own removal counts, once however often it is delivered
        String appealed = fakes.get(0);
        String envelope = EventJson.write(EventEnvelope.wrap("/takedown-service", new TakedownAppealGranted(
                "t-" + UUID.randomUUID(), "ap-1", appealed, seller, List.of(brand.id()), brand.id(), "trust-ana",
                "the invoice proves the goods genuine", Instant.now()), Instant.now()));
        TestKafka.sendCloudEvents(Topics.TAKEDOWNS, Map.of(appealed, envelope));
        TestKafka.sendCloudEvents(Topics.TAKEDOWNS, Map.of(appealed, envelope));
        // one granted against a moderator's decision counts against nobody
        String moderators = fakes.get(1);
        TestKafka.sendCloudEvents(Topics.TAKEDOWNS, Map.of(moderators, EventJson.write(EventEnvelope.wrap(
                "/takedown-service", new TakedownAppealGranted("t-" + UUID.randomUUID(), "ap-2", moderators, seller,
                        List.of(brand.id()), null, "trust-ana", "moderator's call", Instant.now()), Instant.now()))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                "OVERTURNED".equals(given().header("Authorization", "Bearer " + token)
                        .get("/partner/v1/removals/{id}", removal).then().extract().path("items[0].status")));
        given().header("Authorization", "Bearer " + token).when().get("/partner/v1/removals/{id}", removal)
                .then().body("items[0].overturnedBy", equalTo("appeal:ap-1"))
                .body("items[1].status", equalTo("REMOVED"));
        // the brand's word no longer blocks the listing the appeal cleared
        TestListings.get(appealed).body("verdict", equalTo("NOT_INFRINGING"))
                .body("status", org.hamcrest.Matchers.not(equalTo("BLOCKED")));
        TestListings.get(moderators).body("verdict", equalTo("COUNTERFEIT"));
        TestRemovals.staffBrand(brand.id()).body("removalPrivilege.active", equalTo(true))
                .body("trackRecord.removals.removals", equalTo(10))
                .body("trackRecord.removals.overturned", equalTo(1));

        // takedown removed the second one; the seller's counter-notice upheld brings it back and is the 2nd of 10
        String disputed = fakes.get(2);
        TestListings.remove(disputed, "takedown-" + disputed, "COUNTERFEIT", "takedown t-2").statusCode(200)
                .body("status", equalTo("REMOVED"));
        String notice = TestRemovals.fileCounterNotice(disputed, seller, "removalId", removal).statusCode(201)
                .body("status", equalTo("PENDING")).body("target", equalTo("REMOVAL"))
                .body("brandId", equalTo(brand.id())).extract().path("id");
        TestRemovals.decideCounterNotice(notice, "UPHELD").statusCode(200).body("status", equalTo("UPHELD"));

        TestListings.get(disputed).body("verdict", equalTo("NOT_INFRINGING"))
                .body("status", org.hamcrest.Matchers.not(equalTo("REMOVED")));
        assertThat(TestKafka.await(Topics.LISTINGS, r -> disputed.equals(r.key())
                && EventJson.read(r.value()).type().equals(ListingReinstated.TYPE), 1, Duration.ofSeconds(20)))
                .hasSize(1);
        given().header("Authorization", "Bearer " + token).when().get("/partner/v1/removals/{id}", removal)
                .then().body("items[2].status", equalTo("OVERTURNED"))
                .body("items[2].overturnedBy", equalTo("counter-notice:" + notice));

        TestRemovals.staffBrand(brand.id()).body("removalPrivilege.granted", equalTo(true))
                .body("removalPrivilege.active", equalTo(false))
                .body("removalPrivilege.suspendedAt", notNullValue())
                .body("trackRecord.removals.overturned", equalTo(2))
                .body("trackRecord.removals.overturnedPercent", equalTo(20));
        List<ConsumerRecord<String, String>> suspended = TestKafka.await(Topics.LISTINGS, r -> brand.id().equals(r.key())
                && EventJson.read(r.value()).type().equals(BrandRemovalPrivilegeSuspended.TYPE), 1, Duration.ofSeconds(20));
        assertThat(suspended).hasSize(1);
        BrandRemovalPrivilegeSuspended event = (BrandRemovalPrivilegeSuspended) EventJson.read(suspended.get(0).value())
                .payload();
        assertThat(event.removals()).isEqualTo(10);
        assertThat(event.overturned()).isEqualTo(2);
        assertThat(event.overturnRatePercent()).isEqualTo(20);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("ccp_listing_removal_privilege_suspensions_total"));

        String next = submitted(listing(seller, brand.name() + " quilted bag, last one", "handbags", "400.00", 3));
        TestRemovals.remove(token, List.of(next)).statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/brands/{id}/removal-privilege/history", brand.id())
                .then().statusCode(200).body("change", equalTo(List.of("GRANTED", "SUSPENDED")));

        // staff trust the brand again: the count starts afresh
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("granted", true, "reason", "the brand retrained its team"))
                .when().put("/api/v1/brands/{id}/removal-privilege", brand.id())
                .then().statusCode(200).body("removalPrivilege.active", equalTo(true));
        TestRemovals.remove(token, List.of(next)).statusCode(201).body("items[0].status", equalTo("REMOVED"));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("granted", false, "reason", "not a moderator's to set"))
                .when().put("/api/v1/brands/{id}/removal-privilege", brand.id()).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/brands/{id}/removal-privilege/history", brand.id())
                .then().body("change", hasItem("GRANTED")).body("size()", equalTo(3))
                .body("[2].actor", equalTo("test-trust-admin"));
    }
}
