package dev.ccp.listing.reports.api;

import static dev.ccp.listing.support.TestListings.decide;
import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ViolationReportReceived;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.ReviewQueueClient;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerViolationReportTest {

    @Test
    void aBrandReportsListingsThatGoToReviewAndFollowsTheirOutcome() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        // both name the brand (as accessories "for" it): they relate to it, so its report holds them
        String bag = submitted(listing(seller, "Organiser insert for " + brand.name() + " bags", "handbags", "120.00",
                8));
        String wallet = submitted(listing(seller, "Wallet chain for " + brand.name() + " bags", "handbags", "30.00",
                8));
        TestListings.get(bag).body("status", equalTo("PUBLISHED"));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());

        String id = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(bag, wallet),
                        "evidence", Map.of("note", "test purchase: no serial number", "testPurchase", "TP-4411")))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(201).body("items.status", equalTo(List.of("HELD", "HELD")))
                .body("items.queuedBecause", equalTo(java.util.Arrays.asList(null, null)))
                .extract().path("id");
        TestListings.get(bag).body("status", equalTo("HELD"))
                .body("screening.signals.code", hasItem("REPORTED_BY_BRAND"));
        assertThat(TestKafka.await(Topics.LISTINGS, r -> id.equals(r.key())
                && EventJson.read(r.value()).type().equals(ViolationReportReceived.TYPE), 1, Duration.ofSeconds(20)))
                .hasSize(1);

        decide(bag, "COUNTERFEIT", "matches the brand's test purchase").statusCode(200);
        decide(wallet, "NOT_INFRINGING", "a generic wallet").statusCode(200);
        given().header("Authorization", token).when().get("/partner/v1/violation-reports/{id}", id)
                .then().statusCode(200).body("id", equalTo(id)).body("type", equalTo("COUNTERFEIT"))
                .body("items.listingId", equalTo(List.of(bag, wallet)))
                .body("items.status", equalTo(List.of("CONFIRMED", "REJECTED")));

        given().header("Authorization", "Bearer " + TestBrands.partnerToken(TestBrands.registerFresh().apiKey()))
                .when().get("/partner/v1/violation-reports/{id}", id).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/violation-reports/{id}", id)
                .then().statusCode(200).body("evidence.testPurchase", equalTo("TP-4411"))
                .body("reportedBy", equalTo("brand:" + brand.id()));

        // staff see, per listing, which brands reported it and when, without the evidence
        String other = TestBrands.registerFresh().apiKey();
        String second = given().header("Authorization", "Bearer " + TestBrands.partnerToken(other))
                .contentType(ContentType.JSON).body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(wallet)))
                .when().post("/partner/v1/violation-reports").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/listings/{id}/violation-reports", wallet)
                .then().statusCode(200).body("id", equalTo(List.of(id, second)))
                .body("[0].brandId", equalTo(brand.id())).body("[0].items.status", equalTo(List.of("CONFIRMED",
                        "REJECTED")))
                .body("[0].evidence", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/listings/{id}/violation-reports", submitted(listing(seller, "Leather belt",
                        "apparel", "25.00", 8)))
                .then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/listings/{id}/violation-reports", "no-such-listing").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .when().get("/api/v1/listings/{id}/violation-reports", wallet).then().statusCode(403);
    }

    @Test
    void aReportedListingThatIsRemovedShowsRemovedUntilItIsReinstated() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String bag = submitted(listing(seller, "Dust cover for " + brand.name() + " clutches", "handbags", "110.00",
                8));
        String belt = submitted(listing(seller, "Leather belt", "apparel", "25.00", 8));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        String id = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(bag, belt)))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(201).extract().path("id");
        decide(belt, "COUNTERFEIT", "matches the brand's test purchase").statusCode(200);
        assertThat(itemStatuses(token, id)).containsExactly("HELD", "CONFIRMED");

        TestListings.remove(bag, "takedown-" + bag, "COUNTERFEIT", "takedown t-5").statusCode(200);
        TestListings.remove(belt, "takedown-" + belt, "COUNTERFEIT", "takedown t-6").statusCode(200);
        assertThat(itemStatuses(token, id)).containsExactly("REMOVED", "REMOVED");

        TestListings.reinstate(bag, "appeal-" + bag, "APPEAL_GRANTED", "appeal a-5").statusCode(200);
        TestListings.reinstate(belt, "appeal-" + belt, "APPEAL_GRANTED", "appeal a-6").statusCode(200);
        assertThat(itemStatuses(token, id)).containsExactly("HELD", "CONFIRMED");
    }

    @Test
    void aReportedListingThatHasNothingOfTheBrandStaysOnSaleAndWaitsForAModerator() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        TestBrands.Registered rival = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String plain = submitted(listing(seller, "Quilted leather shoulder bag", "handbags", "120.00", 8));
        // another brand's product named outright: nothing of the reporting brand in it
        String rivals = submitted(listing(seller, "Case for " + rival.name() + " bags", "handbags", "20.00", 8));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());

        String id = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(plain, rivals)))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(201).body("items.status", equalTo(List.of("QUEUED", "QUEUED")))
                .body("items.queuedBecause", equalTo(List.of("UNRELATED", "UNRELATED")))
                .extract().path("id");
        for (String listing : List.of(plain, rivals)) {
            TestListings.get(listing).body("status", equalTo("PUBLISHED"))
                    .body("screening.signals.code", not(hasItem("REPORTED_BY_BRAND")));
        }
        assertThat(ReviewQueueClient.order(Set.of(plain, rivals))).containsExactlyInAnyOrder(plain, rivals);

        decide(plain, "NOT_INFRINGING", "a generic bag").statusCode(200);
        assertThat(ReviewQueueClient.order(Set.of(plain, rivals))).containsExactly(rivals);
        given().header("Authorization", token).when().get("/partner/v1/violation-reports/{id}", id)
                .then().statusCode(200).body("items.status", equalTo(List.of("REJECTED", "QUEUED")));
        decide(rivals, "NOT_INFRINGING", "nominative use of another brand").statusCode(200);
    }

    @Test
    void pastItsQuotaABrandsReportsQueueListingsWithoutHoldingThem() {
        int quota = ConfigProvider.getConfig().getValue("listing.reports.held-quota", Integer.class);
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        List<Map<String, Object>> related = new ArrayList<>();
        for (int i = 0; i <= quota; i++) {
            related.add(listing(seller, "Strap no. " + i + " for " + brand.name() + " bags", "handbags", "15.00", 8));
        }
        List<String> ids = given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(Map.of("listings", related))
                .when().post("/api/v1/listings/batch").then().statusCode(200).extract().path("listings.id");
        assertThat(ids).hasSize(quota + 1);
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());

        List<String> first = ids.subList(0, quota - 1);
        report(token, first).body("items.status", everyItem(equalTo("HELD")));
        // one place left: the first listing of the next report takes it, the second is over the quota
        String last = ids.get(quota);
        report(token, List.of(ids.get(quota - 1), last))
                .body("items.status", equalTo(List.of("HELD", "QUEUED")))
                .body("items.queuedBecause", equalTo(java.util.Arrays.asList(null, "OVER_QUOTA")));
        TestListings.get(last).body("status", equalTo("PUBLISHED"));
        assertThat(ReviewQueueClient.order(Set.of(last))).containsExactly(last);

        // a verdict closes one of its held listings: the quota has room again
        decide(ids.get(0), "NOT_INFRINGING", "a generic strap").statusCode(200);
        report(token, List.of(last)).body("items[0].status", equalTo("HELD"))
                .body("items[0].queuedBecause", nullValue());
        TestListings.get(last).body("status", equalTo("HELD"))
                .body("screening.signals.code", hasItem("REPORTED_BY_BRAND"));
    }

    private static ValidatableResponse report(String token, List<String> listingIds) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "TRADEMARK", "listingIds", listingIds))
                .when().post("/partner/v1/violation-reports").then().statusCode(201);
    }

    private static List<String> itemStatuses(String token, String reportId) {
        return given().header("Authorization", token).when().get("/partner/v1/violation-reports/{id}", reportId)
                .then().statusCode(200).extract().path("items.status");
    }

    @Test
    void badReportsAreRefusedWholeAndNothingIsStored() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String listed = submitted(listing(seller, "Canvas tote", "handbags", "15.00", 8));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());

        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(listed, "ghost")))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("listingIds[1]"));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "STOLEN", "listingIds", List.of(listed)))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(400).body("errors.field", hasItem("type"));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", Collections.nCopies(501, listed)))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(400).body("errors.field", hasItem("listingIds"));
        TestListings.get(listed).body("status", equalTo("PUBLISHED"));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(listed)))
                .when().post("/partner/v1/violation-reports").then().statusCode(401);
    }
}
