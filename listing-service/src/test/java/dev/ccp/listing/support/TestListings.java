package dev.ccp.listing.support;

import static io.restassured.RestAssured.given;

import dev.ccp.devstack.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Listings as the marketplace submits them. */
public final class TestListings {
    private TestListings() {
    }

    public static Map<String, Object> listing(String sellerId, String title, String category, String price,
            int quantity, String... images) {
        Map<String, Object> body = new HashMap<>();
        body.put("sellerId", sellerId);
        body.put("title", title);
        body.put("description", title + ". Fast shipping.");
        body.put("brand", "");
        body.put("category", category);
        body.put("price", Map.of("amount", price, "currency", "EUR"));
        body.put("quantity", quantity);
        body.put("imageHashes", List.of(images));
        return body;
    }

    public static ValidatableResponse submit(Map<String, Object> listing) {
        return given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(listing)
                .when().post("/api/v1/listings").then();
    }

    public static String submitted(Map<String, Object> listing) {
        return submit(listing).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse get(String id) {
        return given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/listings/{id}", id).then();
    }

    public static ValidatableResponse decide(String id, String verdict, String note) {
        return given().header("Authorization", TestTokens.bearer("moderator"))
                .contentType(ContentType.JSON).body(Map.of("verdict", verdict, "note", note))
                .when().post("/api/v1/listings/{id}/decision", id).then();
    }

    /** {@code POST /api/v1/listings/{id}/removal} as takedown-service calls it (role {@code service}). */
    public static ValidatableResponse remove(String id, String idempotencyKey, String reason, String reference) {
        return act(id, "removal", idempotencyKey, reason, reference);
    }

    /** {@code POST /api/v1/listings/{id}/reinstatement} as takedown-service calls it (role {@code service}). */
    public static ValidatableResponse reinstate(String id, String idempotencyKey, String reason, String reference) {
        return act(id, "reinstatement", idempotencyKey, reason, reference);
    }

    private static ValidatableResponse act(String id, String action, String idempotencyKey, String reason,
            String reference) {
        return given().header("Authorization", TestTokens.bearer("service"))
                .header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(Map.of("reason", reason, "reference", reference))
                .when().post("/api/v1/listings/{id}/" + action, id).then();
    }
}
