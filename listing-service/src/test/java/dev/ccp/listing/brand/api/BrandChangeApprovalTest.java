package dev.ccp.listing.brand.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BrandChangeApprovalTest {

    @Test
    void aPartnersOwnChangeToWhatScreeningProtectsScreensNothingUntilStaffApproveIt() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        String newLine = "Velmora" + brand.suffix();
        Map<String, Object> edited = new HashMap<>(TestBrands.zentrova(brand.suffix(), "s-new-retailer"));
        edited.put("protectedTerms", List.of(brand.line(), newLine));

        String change = given().header("Authorization", token).contentType(ContentType.JSON).body(edited)
                .when().put("/partner/v1/brands/{id}", brand.id())
                .then().statusCode(202)
                .body("protectedTerms", not(hasItem(newLine)))
                .body("authorizedSellers", equalTo(List.of("s-new-retailer"))) // never stricter on anyone: at once
                .body("pendingChange.status", equalTo("PENDING"))
                .body("pendingChange.protectedTerms", hasItem(newLine))
                .extract().path("pendingChange.id");
        given().header("Authorization", token).when().get("/partner/v1/brands/{id}", brand.id())
                .then().statusCode(200).body("protectedTerms", not(hasItem(newLine)))
                .body("pendingChange.id", equalTo(change));
        submit(listing(seller, newLine + " leather tote", "handbags", "60.00", 20)).statusCode(201)
                .body("screening.brandIds", not(hasItem(brand.id())));

        given().header("Authorization", TestTokens.bearer("trust-admin")).when().get("/api/v1/brand-changes")
                .then().statusCode(200).body("items.id", hasItem(change));
        given().header("Authorization", TestTokens.bearer("moderator")).when().get("/api/v1/brand-changes")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROVED", "note", "the line is registered at EUIPO"))
                .when().post("/api/v1/brand-changes/{id}/decision", change)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo("test-trust-admin"));
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED")).when().post("/api/v1/brand-changes/{id}/decision", change)
                .then().statusCode(409);

        submit(listing(seller, newLine + " leather tote", "handbags", "60.00", 20)).statusCode(201)
                .body("screening.signals.code", hasItem("BRAND_TERM_UNAUTHORISED"))
                .body("screening.brandIds", hasItem(brand.id()));
        given().header("Authorization", token).when().get("/partner/v1/brands/{id}", brand.id())
                .then().body("protectedTerms", hasItem(newLine)).body("pendingChange", nullValue());
    }

    @Test
    void aRejectedChangeNeverScreens() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        String grab = "Tessaro" + brand.suffix();
        Map<String, Object> edited = new HashMap<>(TestBrands.zentrova(brand.suffix()));
        edited.put("aliases", List.of(grab));
        String change = given().header("Authorization", token).contentType(ContentType.JSON).body(edited)
                .when().put("/partner/v1/brands/{id}", brand.id()).then().statusCode(202)
                .extract().path("pendingChange.id");
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "note", "not the brand's mark"))
                .when().post("/api/v1/brand-changes/{id}/decision", change).then().statusCode(200);
        submit(listing(SellerEvents.verifiedSeller(), grab + " leather tote", "handbags", "60.00", 20))
                .statusCode(201).body("screening.brandIds", not(hasItem(brand.id())));
        given().header("Authorization", token).when().get("/partner/v1/brands/{id}", brand.id())
                .then().body("aliases", not(hasItem(grab))).body("pendingChange", nullValue());
    }

    @Test
    void brandNamesAreUniqueWhateverTheirCaseOrAccents() {
        TestBrands.Registered a = TestBrands.registerFresh();
        TestBrands.Registered b = TestBrands.registerFresh();
        Map<String, Object> same = new HashMap<>(TestBrands.zentrova(a.suffix()));
        same.put("name", "ZENTRÖVA" + a.suffix().toUpperCase(java.util.Locale.ROOT));
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON).body(same)
                .when().post("/api/v1/brands").then().statusCode(409).contentType("application/problem+json");

        // staff renaming B to A's name, and B proposing it itself, are conflicts too
        Map<String, Object> renamed = new HashMap<>(TestBrands.zentrova(b.suffix()));
        renamed.put("name", "ZentrOva" + a.suffix().toUpperCase(java.util.Locale.ROOT));
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON).body(renamed)
                .when().put("/api/v1/brands/{id}", b.id()).then().statusCode(409);
        given().header("Authorization", "Bearer " + TestBrands.partnerToken(b.apiKey())).contentType(ContentType.JSON)
                .body(renamed).when().put("/partner/v1/brands/{id}", b.id()).then().statusCode(409);
        given().header("Authorization", TestTokens.bearer("moderator")).when().get("/api/v1/brands/{id}", b.id())
                .then().body("name", equalTo(b.name())).body("pendingChange", nullValue());
    }
}
