package dev.ccp.listing.support;

import static io.restassured.RestAssured.given;

import dev.ccp.devstack.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Brands that remove listings themselves, and sellers' counter-notices, through the API. */
public final class TestRemovals {
    private TestRemovals() {
    }

    /** A fresh brand that staff granted self-service removal at onboarding. */
    public static TestBrands.Registered privilegedBrand() {
        Map<String, Object> brand = new HashMap<>(TestBrands.zentrova(TestBrands.uniqueSuffix()));
        brand.put("selfServiceRemoval", true);
        return TestBrands.register(brand);
    }

    public static ValidatableResponse remove(String partnerToken, List<String> listingIds) {
        return given().header("Authorization", "Bearer " + partnerToken).contentType(ContentType.JSON)
                .body(Map.of("listingIds", listingIds, "reason", "counterfeits of our quilted bag",
                        "evidence", Map.of("testPurchase", "TP-77", "note", "no serial number")))
                .when().post("/partner/v1/removals").then();
    }

    /** The marketplace files the seller's counter-notice against a report ({@code reportId}) or a removal. */
    public static ValidatableResponse fileCounterNotice(String listingId, String sellerId, String field, String id) {
        return given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(Map.of("listingId", listingId, "sellerId", sellerId, field, id,
                        "reasons", "I bought the stock from the brand's own outlet; invoice INV-204 attached"))
                .when().post("/api/v1/counter-notices").then();
    }

    public static ValidatableResponse decideCounterNotice(String id, String outcome) {
        return given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "note", "the invoice checks out"))
                .when().post("/api/v1/counter-notices/{id}/decision", id).then();
    }

    public static ValidatableResponse staffBrand(String brandId) {
        return given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().get("/api/v1/brands/{id}", brandId).then().statusCode(200);
    }
}
