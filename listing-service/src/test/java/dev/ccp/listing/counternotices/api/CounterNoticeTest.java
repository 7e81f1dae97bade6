package dev.ccp.listing.counternotices.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import dev.ccp.listing.support.TestRemovals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CounterNoticeTest {

    @Test
    void aSellerDisputesABrandsReportAndTheReviewersDecisionReachesTheReportItemAndTheBrand() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String bag = submitted(listing(seller, brand.name() + " quilted shoulder bag", "handbags", "950.00", 1));
        String kept = submitted(listing(seller, brand.name() + " quilted clutch", "handbags", "950.00", 1));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        String report = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(bag, kept), "evidence", Map.of("note", "x")))
                .when().post("/partner/v1/violation-reports").then().statusCode(201).extract().path("id");

        String upheld = TestRemovals.fileCounterNotice(bag, seller, "reportId", report).statusCode(201)
                .body("status", equalTo("PENDING")).body("target", equalTo("REPORT"))
                .body("brandId", equalTo(brand.id())).body("reportId", equalTo(report)).extract().path("id");
        String rejected = TestRemovals.fileCounterNotice(kept, seller, "reportId", report).statusCode(201)
                .extract().path("id");
        TestRemovals.fileCounterNotice(bag, seller, "reportId", report).statusCode(409); // one open at a time
        given().header("Authorization", token).when().get("/partner/v1/violation-reports/{id}", report)
                .then().body("items[0].counterNotice.status", equalTo("PENDING"));
        given().header("Authorization", TestTokens.bearer("moderator")).when().get("/api/v1/counter-notices")
                .then().statusCode(200).body("items.id", hasItem(upheld));

        TestRemovals.decideCounterNotice(upheld, "UPHELD").statusCode(200).body("status", equalTo("UPHELD"))
                .body("decidedBy", equalTo("test-trust-admin"));
        TestRemovals.decideCounterNotice(upheld, "REJECTED").statusCode(409).contentType("application/problem+json");
        TestRemovals.decideCounterNotice(rejected, "REJECTED").statusCode(200);

        TestListings.get(bag).body("status", equalTo("PUBLISHED")).body("verdict", equalTo("NOT_INFRINGING"));
        TestListings.get(kept).body("verdict", nullValue());
        given().header("Authorization", token).when().get("/partner/v1/violation-reports/{id}", report)
                .then().statusCode(200)
                .body("items[0].status", equalTo("REJECTED"))
                .body("items[1].status", org.hamcrest.Matchers.not(equalTo("REJECTED")))
                .body("items.counterNotice.status", equalTo(List.of("UPHELD", "REJECTED")))
                .body("items[0].counterNotice.counterNoticeId", equalTo(upheld));
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .when().get("/api/v1/counter-notices/{id}", upheld).then().statusCode(200)
                .body("decisionNote", equalTo("the invoice checks out"));
        TestRemovals.staffBrand(brand.id()).body("trackRecord.reports.decided", equalTo(1))
                .body("trackRecord.reports.rejected", equalTo(1))
                .body("trackRecord.reports.rejectedPercent", equalTo(100))
                .body("trackRecord.reports.oftenRejected", equalTo(false)); // one item is too few to tell
    }

    @Test
    void aCounterNoticeThatDoesNotFitIsRefusedNamingTheField() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String bag = submitted(listing(seller, "Quilted leather shoulder bag", "handbags", "120.00", 8));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        String report = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(bag), "evidence", Map.of("note", "x")))
                .when().post("/partner/v1/violation-reports").then().statusCode(201).extract().path("id");

        TestRemovals.fileCounterNotice(bag, "s-someone-else", "reportId", report).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sellerId"));
        TestRemovals.fileCounterNotice(bag, seller, "removalId", "no-such-removal").statusCode(400)
                .body("errors.field", hasItem("removalId"));
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(Map.of("listingId", bag, "sellerId", seller, "reportId", report, "reasons", "x".repeat(4001)))
                .when().post("/api/v1/counter-notices").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("reasons")));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("listingId", bag, "sellerId", seller, "reportId", report, "reasons", "mine"))
                .when().post("/api/v1/counter-notices").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .when().get("/api/v1/counter-notices/{id}", "no-such").then().statusCode(404);
        given().header("Authorization", token).when().get("/partner/v1/violation-reports/{id}", report)
                .then().body("items[0].counterNotice", nullValue());
    }
}
