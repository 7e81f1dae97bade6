package dev.ccp.listing.review.api;

import static dev.ccp.listing.support.ReviewQueueClient.claim;
import static dev.ccp.listing.support.ReviewQueueClient.decide;
import static dev.ccp.listing.support.ReviewQueueClient.order;
import static dev.ccp.listing.support.ReviewQueueClient.release;
import static dev.ccp.listing.support.ReviewQueueClient.renew;
import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingReviewed;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.review.application.ReviewQueueMetrics;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The queue is shared with every other test's held and reported listings: these tests order their own items
 * relative to each other, and push an item to the front (reports of several trusted flaggers) when a claim must
 * take it.
 */
@QuarkusTest
class ReviewQueueTest {
    @Inject
    EntityManager em;
    @Inject
    ReviewQueueMetrics metrics;

    @Test
    void theQueueGoesByRiskScoreThenTrustedFlaggersAndAgeingLetsTheOldestOvertake() {
        TestBrands.Registered flagger = trustedFlagger();
        String waiting = submitted(listing(unknownSeller(), "Plain cotton tea towel", "kitchen", "6.00", 3));
        String flagged = submitted(listing(unknownSeller(), "Plain linen napkin", "kitchen", "5.00", 3));
        String riskier = submit(listing(unknownSeller(), flagger.name() + " kitchen apron", "kitchen", "9.00", 3))
                .statusCode(201).body("status", equalTo("HELD")).extract().path("id");
        TestListings.get(waiting).body("status", equalTo("HELD")).body("screening.score", equalTo(40));
        TestListings.get(riskier).body("screening.score", equalTo(50));
        // an unrelated report: it holds nothing, but a trusted flagger's report goes ahead of risk alone
        report(flagger, flagged).body("items[0].queuedBecause", equalTo("UNRELATED"));
        TestListings.get(flagged).body("screening.score", equalTo(40));

        assertThat(order(Set.of(waiting, flagged, riskier))).containsExactly(flagged, riskier, waiting);

        waitedHours(waiting, 30); // 40 + 30 h × 2 = 100: past the trusted flagger's 40 + 50
        assertThat(order(Set.of(waiting, flagged, riskier))).containsExactly(waiting, flagged, riskier);

        for (String id : List.of(waiting, flagged, riskier)) {
            decide("mod-tidy", id, Map.of("verdict", "NOT_INFRINGING", "note", "queue order test")).statusCode(200);
        }
        assertThat(order(Set.of(waiting, flagged, riskier))).isEmpty();
    }

    @Test
    void twentyModeratorsClaimingAtOnceGetTwentyDistinctItems() throws Exception {
        for (int i = 0; i < 25; i++) {
            submitted(listing(unknownSeller(), "Ceramic mug " + i, "kitchen", "7.00", 2));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Map<String, Object>>> claims = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String moderator = "mod-crowd-" + i;
            claims.add(pool.submit(() -> {
                start.await();
                return claim(moderator).statusCode(200).extract().jsonPath().getMap("");
            }));
        }
        start.countDown();
        Map<String, String> holderOf = new java.util.HashMap<>();
        try {
            for (Future<Map<String, Object>> claimed : claims) {
                Map<String, Object> item = claimed.get();
                holderOf.put((String) item.get("listingId"), (String) item.get("leasedBy"));
                assertThat((String) item.get("leaseExpiresAt")).isNotNull();
            }
        } finally {
            pool.shutdown();
            holderOf.forEach((listing, moderator) -> release(moderator, listing).statusCode(204));
        }
        assertThat(holderOf).hasSize(20);
        assertThat(new HashSet<>(holderOf.values())).hasSize(20);
    }

    @Test
    void anExpiredLeaseReturnsTheItemAndOnlyTheHolderRenewsOrReleases() {
        submitted(listing(unknownSeller(), "Bamboo cutting board", "kitchen", "14.00", 2)); // something else waits
        String item = frontOfTheQueue();
        String leased = claim("mod-ana").statusCode(200).body("leasedBy", equalTo("mod-ana"))
                .extract().path("listingId");
        assertThat(leased).isEqualTo(item);
        Instant first = Instant.parse(given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/review-queue?page=0&size=1").then().statusCode(200)
                .body("items[0].listingId", equalTo(item)).body("items[0].leasedBy", equalTo("mod-ana"))
                .extract().path("items[0].leaseExpiresAt"));

        renew("mod-bob", item).statusCode(409).contentType("application/problem+json");
        release("mod-bob", item).statusCode(409);
        String renewed = renew("mod-ana", item).statusCode(200).body("leasedBy", equalTo("mod-ana"))
                .extract().path("leaseExpiresAt");
        assertThat(Instant.parse(renewed)).isAfterOrEqualTo(first);
        String other = claim("mod-bob").statusCode(200).extract().path("listingId");
        assertThat(other).isNotEqualTo(item);
        release("mod-bob", other).statusCode(204);

        expireLease(item);
        renew("mod-ana", item).statusCode(409);
        claim("mod-bob").statusCode(200).body("listingId", equalTo(item)).body("leasedBy", equalTo("mod-bob"));

        release("mod-bob", item).statusCode(204);
        release("mod-bob", item).statusCode(409);
        claim("mod-carla").statusCode(200).body("listingId", equalTo(item));
        renew("mod-carla", "no-such-listing").statusCode(404);

        decide("mod-carla", item, Map.of("verdict", "NOT_INFRINGING", "note", "lease test")).statusCode(200);
        assertThat(order(Set.of(item))).isEmpty();
    }

    @Test
    void onlyTheLeaseHolderDecidesAndEveryDecisionIsAuditedAnnouncedAndTimed() {
        String item = frontOfTheQueue();
        metrics.refresh();
        String scraped = scrape();
        assertThat(gauge(scraped, "ccp_listing_review_queue_depth{band=\"high\"}")).isGreaterThanOrEqualTo(1);
        assertThat(gauge(scraped, "ccp_listing_review_queue_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
        double timedBefore = gauge(scraped, "ccp_listing_review_claim_to_decision_seconds_count");

        claim("mod-ana").statusCode(200).body("listingId", equalTo(item)).body("band", equalTo("high"));
        decide("mod-bob", item, Map.of("verdict", "COUNTERFEIT", "note", "mine now")).statusCode(409)
                .contentType("application/problem+json");
        decide("mod-ana", item, Map.of("verdict", "OTHER_INFRINGEMENT", "note", "no type")).statusCode(400)
                .body("errors.field", hasItem("infringementType"));
        decide("mod-ana", item, Map.of("verdict", "NOT_INFRINGING", "infringementType", "COPYRIGHT", "note", "x"))
                .statusCode(400).body("errors.field", hasItem("infringementType"));
        decide("mod-ana", item, Map.of("verdict", "NOT_INFRINGING", "note", " ")).statusCode(400)
                .body("errors.field", hasItem("note"));
        history(item).body("size()", equalTo(0));

        decide("mod-ana", item, Map.of("verdict", "OTHER_INFRINGEMENT", "infringementType", "COPYRIGHT",
                "note", "the brand's catalogue photos")).statusCode(200).body("status", equalTo("BLOCKED"))
                .body("verdict", equalTo("OTHER_INFRINGEMENT"));
        history(item).body("size()", equalTo(1)).body("[0].decidedBy", equalTo("mod-ana"))
                .body("[0].infringementType", equalTo("COPYRIGHT"))
                .body("[0].note", equalTo("the brand's catalogue photos"))
                .body("[0].claimedAt", notNullValue()).body("[0].decidedAt", notNullValue());
        ListingReviewed event = reviewed(item);
        assertThat(event.verdict()).isEqualTo("OTHER_INFRINGEMENT");
        assertThat(event.infringementType()).isEqualTo("COPYRIGHT");
        assertThat(event.decidedBy()).isEqualTo("mod-ana");
        assertThat(event.statusBefore()).isEqualTo("HELD");
        assertThat(event.statusAfter()).isEqualTo("BLOCKED");
        assertThat(order(Set.of(item))).isEmpty();
        renew("mod-ana", item).statusCode(409);
        assertThat(gauge(scrape(), "ccp_listing_review_claim_to_decision_seconds_count")).isEqualTo(timedBefore + 1);

        // nobody holds this one: any moderator decides it directly
        String unleased = submitted(listing(unknownSeller(), "Enamel pin badge", "accessories", "3.00", 5));
        decide("mod-bob", unleased, Map.of("verdict", "NOT_INFRINGING", "note", "generic badge")).statusCode(200)
                .body("status", equalTo("HELD")); // its seller is still not verified: published only once it is
        history(unleased).body("[0].decidedBy", equalTo("mod-bob")).body("[0].claimedAt", nullValue())
                .body("[0].infringementType", nullValue());
        assertThat(reviewed(unleased).decidedBy()).isEqualTo("mod-bob");
        assertThat(order(Set.of(unleased))).isEmpty();
    }

    @Test
    void onlyModeratorsClaimAndStaffReadTheQueueInPagesOfAtMost500() {
        given().header("Authorization", TestTokens.bearer("marketplace")).when().post("/api/v1/review-queue/claim")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("investigator")).when().post("/api/v1/review-queue/claim")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/review-queue?size=501").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/review-queue?page=0&size=2").then().statusCode(200)
                .header("X-Total-Count", notNullValue()).body("size", equalTo(2));
    }

    /** A fresh held listing that four trusted flaggers reported: ahead of everything else in the queue. */
    private static String frontOfTheQueue() {
        String id = submitted(listing(unknownSeller(), "Woven storage basket " + UUID.randomUUID(), "home", "12.00", 2));
        for (int i = 0; i < 4; i++) {
            report(trustedFlagger(), id).statusCode(201);
        }
        return id;
    }

    private static TestBrands.Registered trustedFlagger() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        given().header("Authorization", TestTokens.bearerAs("trust-kim", "trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("trustedFlagger", true, "note", "recognised under DSA Art. 22"))
                .when().put("/api/v1/brands/{id}/trusted-flagger", brand.id()).then().statusCode(200)
                .body("trustedFlagger", equalTo(true));
        return brand;
    }

    private static io.restassured.response.ValidatableResponse report(TestBrands.Registered brand, String listing) {
        return given().header("Authorization", "Bearer " + TestBrands.partnerToken(brand.apiKey()))
                .contentType(ContentType.JSON).body(Map.of("type", "TRADEMARK", "listingIds", List.of(listing)))
                .when().post("/partner/v1/violation-reports").then().statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse history(String listing) {
        return given().header("Authorization", TestTokens.bearer("legal"))
                .when().get("/api/v1/listings/{id}/decisions", listing).then().statusCode(200);
    }

    private static ListingReviewed reviewed(String listing) {
        var records = TestKafka.await(Topics.LISTINGS, r -> listing.equals(r.key())
                && EventJson.read(r.value()).type().equals(ListingReviewed.TYPE), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        return (ListingReviewed) EventJson.read(records.get(0).value()).payload();
    }

    /** A seller no event announced: its listings are held until it is verified (score 40). */
    private static String unknownSeller() {
        return "s-unknown-" + UUID.randomUUID();
    }

    /** As if the listing had been held that many hours ago. */
    private void waitedHours(String listing, int hours) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update listing set held_since = held_since - make_interval(hours => :h) where id = :id")
                .setParameter("h", hours).setParameter("id", listing).executeUpdate());
    }

    /** As if the lease's time had run out. */
    private void expireLease(String listing) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update review_lease set expires_at = now() - interval '1 second' where listing_id = :id")
                .setParameter("id", listing).executeUpdate());
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A sample's value on the Prometheus page; 0 when absent. */
    private static double gauge(String scraped, String sample) {
        String name = sample.contains("{") ? sample.substring(0, sample.indexOf('{')) : sample;
        String labels = sample.contains("{") ? sample.substring(sample.indexOf('{') + 1, sample.length() - 1) : "";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(scraped);
        while (m.find()) {
            if (labels.isEmpty() || (m.group(1) != null && m.group(1).contains(labels))) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
