package dev.ccp.listing.support;

import static io.restassured.RestAssured.given;

import dev.ccp.devstack.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The review queue as moderators and staff use it, each moderator by name (the token's subject). */
public final class ReviewQueueClient {
    private ReviewQueueClient() {
    }

    public static ValidatableResponse claim(String moderator) {
        return given().header("Authorization", TestTokens.bearerAs(moderator, "moderator"))
                .when().post("/api/v1/review-queue/claim").then();
    }

    public static ValidatableResponse renew(String moderator, String listingId) {
        return given().header("Authorization", TestTokens.bearerAs(moderator, "moderator"))
                .when().post("/api/v1/review-queue/items/{id}/renewal", listingId).then();
    }

    public static ValidatableResponse release(String moderator, String listingId) {
        return given().header("Authorization", TestTokens.bearerAs(moderator, "moderator"))
                .when().post("/api/v1/review-queue/items/{id}/release", listingId).then();
    }

    public static ValidatableResponse decide(String moderator, String listingId, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearerAs(moderator, "moderator"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/listings/{id}/decision", listingId).then();
    }

    /**
     * The queue items of these listings, in queue order (the whole queue is read page by page: other tests' items
     * share it), by listing id.
     */
    public static Map<String, Map<String, Object>> positions(Set<String> listingIds, List<String> order) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        for (int page = 0; found.size() < listingIds.size(); page++) {
            JsonPath body = given().header("Authorization", TestTokens.bearer("trust-admin"))
                    .when().get("/api/v1/review-queue?page={p}&size=500", page)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            if (items.isEmpty()) {
                break;
            }
            for (Map<String, Object> item : items) {
                String id = (String) item.get("listingId");
                if (listingIds.contains(id)) {
                    found.put(id, item);
                    order.add(id);
                }
            }
        }
        return found;
    }

    /** The listings' order in the queue; absent ones are not in it. */
    public static List<String> order(Set<String> listingIds) {
        List<String> order = new ArrayList<>();
        positions(listingIds, order);
        return order;
    }
}
