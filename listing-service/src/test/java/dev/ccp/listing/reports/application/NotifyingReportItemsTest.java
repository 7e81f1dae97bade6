package dev.ccp.listing.reports.application;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.contracts.takedown.TakedownAppealGranted;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import dev.ccp.listing.support.TestRemovals;
import dev.ccp.listing.support.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Whatever path changes a reported listing, the brand that reported it is told once per real change of its item's
 * status, with the new and the previous status, and never of a change it cannot see. Deliveries are stored in the
 * transaction of the change, so right after it the brand's delivery log shows exactly what will be sent; a real
 * receiver on 127.0.0.1 verifies what arrives.
 */
@QuarkusTest
class NotifyingReportItemsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM_STATUS_CHANGED = "violation-report.item-status-changed";

    @Test
    void aPromotionThatBlocksAReportedListingIsToldOnce_andASecondPostThatChangesNothingIsNotTold() {
        try (Partner partner = Partner.fresh(TestBrands.registerFresh())) {
            String seller = SellerEvents.verifiedSeller();
            String bag = submitted(listing(seller, "Black leather bag for women", "handbags", "29.00", 60));
            String report = partner.report(bag, "QUEUED");

            promote(partner.brand, bag, 1).body("listings[0].status", equalTo("BLOCKED"));
            partner.awaitItemChanges(change(report, bag, "BLOCKED", "QUEUED"));

            promote(partner.brand, bag, 2).body("listings[0].status", equalTo("BLOCKED")); // re-screened, same status
            partner.assertNothingMore();
        }
    }

    @Test
    void aSuspendedSellersReportedListingHeldAgainIsTold_butNotOneAModeratorAlreadyRejected() {
        try (Partner partner = Partner.fresh(TestBrands.registerFresh())) {
            String seller = SellerEvents.verifiedSeller();
            String queued = submitted(listing(seller, "Quilted leather shoulder bag", "handbags", "120.00", 8));
            String cleared = submitted(listing(seller, "Quilted leather crossbody bag", "handbags", "110.00", 8));
            String report = partner.report(List.of(queued, cleared), List.of("QUEUED", "QUEUED"));
            TestListings.decide(cleared, "NOT_INFRINGING", "the brand's own outlet stock").statusCode(200);
            partner.awaitItemChanges(change(report, cleared, "REJECTED", "QUEUED"));

            SellerEvents.sendAndAwait(new SellerSuspended(seller, "investigation", "ivan", Instant.now()), seller,
                    "SUSPENDED");
            TestListings.get(queued).body("status", equalTo("HELD"));
            TestListings.get(cleared).body("status", equalTo("HELD")); // still REJECTED as the brand sees it
            partner.awaitItemChanges(change(report, cleared, "REJECTED", "QUEUED"),
                    change(report, queued, "HELD", "QUEUED"));
            partner.assertNothingMore();
        }
    }

    @Test
    void aClosedSellersReportedListingsAreToldRemovedOnceEach() {
        try (Partner partner = Partner.fresh(TestBrands.registerFresh())) {
            String seller = SellerEvents.verifiedSeller();
            String bag = submitted(listing(seller, "Quilted leather shoulder bag", "handbags", "120.00", 8));
            String tote = submitted(listing(seller, "Quilted leather tote bag", "handbags", "95.00", 4));
            String report = partner.report(List.of(bag, tote), List.of("QUEUED", "QUEUED"));

            SellerEvents.close(seller);
            for (String id : List.of(bag, tote)) {
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                        "REMOVED".equals(TestListings.get(id).extract().path("status")));
            }
            partner.awaitItemChanges(change(report, bag, "REMOVED", "QUEUED"),
                    change(report, tote, "REMOVED", "QUEUED"));
            partner.assertNothingMore();
        }
    }

    @Test
    void anUpheldCounterNoticeTellsTheBrandItsItemIsRejected_besideTheCounterNoticesOwnNews() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        try (Partner partner = Partner.fresh(brand)) {
            String seller = SellerEvents.verifiedSeller();
            String bag = submitted(listing(seller, brand.name() + " quilted shoulder bag", "handbags", "950.00", 1));
            String report = partner.report(bag, null);
            String before = partner.itemStatus(report, 0);
            assertThat(before).isIn("HELD", "QUEUED", "BLOCKED");

            String notice = TestRemovals.fileCounterNotice(bag, seller, "reportId", report).statusCode(201)
                    .extract().path("id");
            TestRemovals.decideCounterNotice(notice, "UPHELD").statusCode(200);
            TestListings.get(bag).body("verdict", equalTo("NOT_INFRINGING"));

            partner.awaitItemChanges(change(report, bag, "REJECTED", before));
            assertThat(partner.loggedTypes()).containsExactlyInAnyOrder("counter-notice.filed",
                    "counter-notice.decided", ITEM_STATUS_CHANGED);
            assertThat(partner.itemStatus(report, 0)).isEqualTo("REJECTED");
            partner.assertNothingMore();
        }
    }

    @Test
    void aBrandsOwnRemovalOfAListingItReportedTellsItTheItemIsConfirmed() {
        TestBrands.Registered brand = TestRemovals.privilegedBrand();
        try (Partner partner = Partner.fresh(brand)) {
            String seller = SellerEvents.verifiedSeller();
            String bag = submitted(listing(seller, brand.name() + " quilted bag", "handbags", "400.00", 3));
            String report = partner.report(bag, null);
            String before = partner.itemStatus(report, 0);

            TestRemovals.remove(partner.rawToken, List.of(bag)).statusCode(201)
                    .body("items.status", equalTo(List.of("REMOVED")));
            partner.awaitItemChanges(change(report, bag, "CONFIRMED", before));

            // a second removal is refused: nothing changed, nothing told
            TestRemovals.remove(partner.rawToken, List.of(bag)).statusCode(201)
                    .body("items[0].refusal", equalTo("ALREADY_FOUND_INFRINGING"));
            partner.assertNothingMore();
        }
    }

    @Test
    void anotherBrandsReportThatHoldsAListingTellsTheFirstReporter() {
        TestBrands.Registered owner = TestBrands.registerFresh();
        try (Partner first = Partner.fresh(TestBrands.registerFresh()); Partner second = Partner.fresh(owner)) {
            String seller = SellerEvents.verifiedSeller();
            String bag = submitted(listing(seller, "Organiser insert for " + owner.name() + " bags", "handbags",
                    "120.00", 6));
            TestListings.get(bag).body("status", equalTo("PUBLISHED"));
            String firstReport = first.report(bag, "QUEUED"); // shows nothing of the first brand: queued only

            String secondReport = second.report(bag, "HELD"); // the brand whose bag it shows: held at once
            first.awaitItemChanges(change(firstReport, bag, "HELD", "QUEUED"));
            first.assertNothingMore();
            second.assertNothingMore(); // its own report's answer already said HELD
            assertThat(secondReport).isNotEqualTo(firstReport);
        }
    }

    @Test
    void anAppealGrantedAgainstABrandsOwnRemovalTellsItTheItemIsRejectedOnceHoweverOftenItIsDelivered() {
        TestBrands.Registered brand = TestRemovals.privilegedBrand();
        try (Partner partner = Partner.fresh(brand)) {
            String seller = SellerEvents.verifiedSeller();
            String bag = submitted(listing(seller, brand.name() + " quilted bag", "handbags", "400.00", 3));
            String report = partner.report(bag, null);
            String before = partner.itemStatus(report, 0);
            TestRemovals.remove(partner.rawToken, List.of(bag)).statusCode(201);
            partner.awaitItemChanges(change(report, bag, "CONFIRMED", before));

            String granted = EventJson.write(EventEnvelope.wrap("/takedown-service", new TakedownAppealGranted(
                    "t-" + UUID.randomUUID(), "ap-" + UUID.randomUUID(), bag, seller, List.of(brand.id()), brand.id(),
                    "trust-ana", "the invoice proves the goods genuine", Instant.now()), Instant.now()));
            TestKafka.sendCloudEvents(Topics.TAKEDOWNS, Map.of(bag, granted));
            TestKafka.sendCloudEvents(Topics.TAKEDOWNS, Map.of(bag, granted));
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    "NOT_INFRINGING".equals(TestListings.get(bag).extract().path("verdict")));

            partner.awaitItemChanges(change(report, bag, "CONFIRMED", before), change(report, bag, "REJECTED",
                    "CONFIRMED"));
            assertThat(partner.loggedTypes()).containsExactlyInAnyOrder("removal.overturned", ITEM_STATUS_CHANGED,
                    ITEM_STATUS_CHANGED);
            partner.assertNothingMore();
        }
    }

    @Test
    void anEditThatVoidsAModeratorsClearanceTellsTheBrandItsItemIsOpenAgain() {
        try (Partner partner = Partner.fresh(TestBrands.registerFresh())) {
            String seller = SellerEvents.verifiedSeller();
            var bag = listing(seller, "Quilted leather shoulder bag", "handbags", "120.00", 8);
            String id = submitted(bag);
            String report = partner.report(id, "QUEUED");
            TestListings.decide(id, "NOT_INFRINGING", "genuine").statusCode(200);
            partner.awaitItemChanges(change(report, id, "REJECTED", "QUEUED"));

            bag.put("title", "Quilted leather shoulder bag, new strap");
            given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON).body(bag)
                    .when().put("/api/v1/listings/{id}", id).then().statusCode(200)
                    .body("status", equalTo("PUBLISHED")); // the same status: only the verdict went
            partner.awaitItemChanges(change(report, id, "REJECTED", "QUEUED"), change(report, id, "QUEUED",
                    "REJECTED"));
            partner.assertNothingMore();
        }
    }

    /** The report item change a brand is told of. */
    private record Change(String reportId, String listingId, String status, String previousStatus) {
    }

    private static Change change(String reportId, String listingId, String status, String previousStatus) {
        return new Change(reportId, listingId, status, previousStatus);
    }

    private static io.restassured.response.ValidatableResponse promote(TestBrands.Registered brand, String listingId,
            int post) {
        return given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("platform", "TIKTOK", "postUrl", "https://tiktok.example/@luxe/video/" + post,
                        "accountHandle", "@luxe", "caption", brand.name() + " vibes for less, link in bio",
                        "listingIds", List.of(listingId), "postedAt", "2026-01-08T11:00:00Z"))
                .when().post("/api/v1/promotions").then().statusCode(201);
    }

    /** A brand with a partner token and one webhook endpoint, to a receiver of its own that trusts its secret. */
    private static final class Partner implements AutoCloseable {
        final TestBrands.Registered brand;
        final String rawToken;
        final String token;
        final WebhookReceiver receiver = WebhookReceiver.start();

        private Partner(TestBrands.Registered brand) {
            this.brand = brand;
            this.rawToken = TestBrands.partnerToken(brand.apiKey());
            this.token = "Bearer " + rawToken;
            receiver.trust(given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url())).when().post("/partner/v1/webhooks")
                    .then().statusCode(201).extract().<String>path("secret"));
        }

        static Partner fresh(TestBrands.Registered brand) {
            return new Partner(brand);
        }

        String report(String listingId, String expectedStatus) {
            return report(List.of(listingId), expectedStatus == null ? null : List.of(expectedStatus));
        }

        /** Files a report; its answer gives each item's first status, which is no notification. */
        String report(List<String> listingIds, List<String> expectedStatuses) {
            var answer = given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("type", "COUNTERFEIT", "listingIds", listingIds, "evidence", Map.of("note", "x")))
                    .when().post("/partner/v1/violation-reports").then().statusCode(201);
            if (expectedStatuses != null) {
                answer.body("items.status", equalTo(expectedStatuses));
            }
            assertThat(loggedTypes()).as("filing a report tells nothing by webhook").isEmpty();
            return answer.extract().path("id");
        }

        String itemStatus(String reportId, int item) {
            return given().header("Authorization", token).when().get("/partner/v1/violation-reports/{id}", reportId)
                    .then().statusCode(200).extract().path("items[" + item + "].status");
        }

        /** What the service stored for the brand's endpoint, newest first: stored with the change it tells of. */
        List<String> loggedTypes() {
            return given().header("Authorization", token).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).extract().path("type");
        }

        /**
         * Exactly these item changes, in any order, are in the log and reach the receiver signed, each message once
         * (the receiver refuses a webhook-id it already took).
         */
        void awaitItemChanges(Change... expected) {
            // the local receiver is polled, not the partner API (which is rate-limited)
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> itemChanges().size() >= expected.length);
            assertThat(loggedTypes().stream().filter(ITEM_STATUS_CHANGED::equals)).hasSize(expected.length);
            assertThat(itemChanges()).containsExactlyInAnyOrder(expected);
            assertThat(receiver.received()).allSatisfy(r -> assertThat(r.accepted()).isTrue());
        }

        /** Nothing more is stored than what arrived, and nothing more arrives. */
        void assertNothingMore() {
            int logged = loggedTypes().size();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() >= logged);
            Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
            assertThat(receiver.received()).hasSize(logged);
            assertThat(loggedTypes()).hasSize(logged);
        }

        private List<Change> itemChanges() {
            return receiver.accepted().stream().map(r -> read(r.body()))
                    .filter(body -> ITEM_STATUS_CHANGED.equals(body.path("type").asText()))
                    .map(body -> {
                        JsonNode data = body.path("data");
                        assertThat(body.path("subject").asText()).isEqualTo(data.path("reportId").asText());
                        return change(data.path("reportId").asText(), data.path("listingId").asText(),
                                data.path("status").asText(), data.path("previousStatus").asText());
                    }).toList();
        }

        private static JsonNode read(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            receiver.close();
        }
    }
}
