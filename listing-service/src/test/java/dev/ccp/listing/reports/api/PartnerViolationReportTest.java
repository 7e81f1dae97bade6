package dev.ccp.listing.reports.api;

import static dev.ccp.listing.support.TestListings.decide;
import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ViolationReportReceived;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerViolationReportTest {

    @Test
    void aBrandReportsListingsThatGoToReviewAndFollowsTheirOutcome() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String bag = submitted(listing(seller, "Quilted leather shoulder bag", "handbags", "120.00", 8));
        String wallet = submitted(listing(seller, "Leather wallet", "handbags", "30.00", 8));
        TestListings.get(bag).body("status", equalTo("PUBLISHED"));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());

        String id = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(bag, wallet),
                        "evidence", Map.of("note", "test purchase: no serial number", "testPurchase", "TP-4411")))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(201).body("items.status", equalTo(List.of("UNDER_REVIEW", "UNDER_REVIEW")))
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
    }

    @Test
    void aReportedListingThatIsRemovedShowsRemovedUntilItIsReinstated() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String bag = submitted(listing(seller, "Quilted leather clutch", "handbags", "110.00", 8));
        String belt = submitted(listing(seller, "Leather belt", "apparel", "25.00", 8));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        String id = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(bag, belt)))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(201).extract().path("id");
        decide(belt, "COUNTERFEIT", "matches the brand's test purchase").statusCode(200);
        assertThat(itemStatuses(token, id)).containsExactly("UNDER_REVIEW", "CONFIRMED");

        TestListings.remove(bag, "takedown-" + bag, "COUNTERFEIT", "takedown t-5").statusCode(200);
        TestListings.remove(belt, "takedown-" + belt, "COUNTERFEIT", "takedown t-6").statusCode(200);
        assertThat(itemStatuses(token, id)).containsExactly("REMOVED", "REMOVED");

        TestListings.reinstate(bag, "appeal-" + bag, "APPEAL_GRANTED", "appeal a-5").statusCode(200);
        TestListings.reinstate(belt, "appeal-" + belt, "APPEAL_GRANTED", "appeal a-6").statusCode(200);
        assertThat(itemStatuses(token, id)).containsExactly("UNDER_REVIEW", "CONFIRMED");
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
