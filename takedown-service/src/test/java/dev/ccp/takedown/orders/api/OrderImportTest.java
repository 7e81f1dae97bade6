package dev.ccp.takedown.orders.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.takedown.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderImportTest {

    @Test
    void theCheckoutsOrdersAreStoredOnceAndReadBackInTheirOwnMoney() {
        List<Map<String, Object>> slice = Orders.fromDataSet(200);
        Orders.importing(slice).then().statusCode(200).body("received", equalTo(200)).body("stored", equalTo(200))
                .body("updated", equalTo(0)).body("unchanged", equalTo(0));
        Orders.importing(slice).then().statusCode(200).body("stored", equalTo(0)).body("unchanged", equalTo(200));

        Map<String, Object> first = slice.get(0);
        String listingId = (String) first.get("listingId");
        long ofListing = slice.stream().filter(o -> listingId.equals(o.get("listingId"))).count();
        Orders.ofListing(listingId).then().statusCode(200).body("$", hasSize((int) ofListing))
                .body("find { it.key == '" + first.get("key") + "' }.amount.amount",
                        equalTo(((Map<?, ?>) first.get("amount")).get("amount")))
                .body("find { it.key == '" + first.get("key") + "' }.amount.currency", equalTo("EUR"))
                .body("find { it.key == '" + first.get("key") + "' }.status", equalTo(first.get("status")));
    }

    @Test
    void aLaterStatusIsAppliedAndAStaleOneIgnored() {
        String listing = Orders.unique("l");
        String key = Orders.unique("o");
        Orders.importing(List.of(Orders.order(key, listing, "SHIPPED"))).then().statusCode(200).body("stored", equalTo(1));
        Orders.importing(List.of(Orders.order(key, listing, "DELIVERED"))).then().statusCode(200)
                .body("updated", equalTo(1));
        Orders.importing(List.of(Orders.order(key, listing, "SHIPPED"))).then().statusCode(200)
                .body("unchanged", equalTo(1));
        Orders.ofListing(listing).then().body("status", equalTo(List.of("DELIVERED")))
                .body("amount.amount", equalTo(List.of("173.97")));

        Orders.importing(List.of(Orders.order(key, listing, "REFUNDED"), Orders.order(key, listing, "CANCELLED")))
                .then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        Orders.ofListing(listing).then().body("status", equalTo(List.of("REFUNDED")));
    }

    @Test
    void oneInvalidOrderNamesItsFieldAndStoresNone() {
        String listing = Orders.unique("l");
        assertRefused(listing, o -> ((Map<String, Object>) o.get("amount")).put("amount", "173.979"), "[1].amount.amount");
        assertRefused(listing, o -> ((Map<String, Object>) o.get("amount")).put("amount", "-5.00"), "[1].amount.amount");
        assertRefused(listing, o -> ((Map<String, Object>) o.get("amount")).put("amount", "0.00"), "[1].amount.amount");
        assertRefused(listing, o -> ((Map<String, Object>) o.get("amount")).put("currency", "EURO"), "[1].amount.currency");
        assertRefused(listing, o -> o.remove("listingId"), "[1].listingId");
        assertRefused(listing, o -> o.put("quantity", 0), "[1].quantity");
        assertRefused(listing, o -> o.put("status", "LOST"), "[1].status");
        assertRefused(listing, o -> o.put("orderedAt", "yesterday"), "[1].orderedAt");
        Orders.ofListing(listing).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aResentOrderForOtherMoneyIsAConflictAndChangesNothing() {
        String listing = Orders.unique("l");
        String key = Orders.unique("o");
        Orders.importing(List.of(Orders.order(key, listing, "SHIPPED"))).then().statusCode(200);
        Map<String, Object> other = Orders.order(key, listing, "DELIVERED");
        other.put("amount", Map.of("amount", "1.00", "currency", "EUR"));
        String fresh = Orders.unique("o");
        Orders.importing(List.of(Orders.order(fresh, listing, "PAID"), other)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("[1]"))
                .body("detail", containsString("amount"));
        Orders.ofListing(listing).then().body("key", equalTo(List.of(key))).body("status", equalTo(List.of("SHIPPED")))
                .body("amount.amount", equalTo(List.of("173.97")));
    }

    @Test
    void aBatchOverTheLimitIsRefusedWhole() {
        String listing = Orders.unique("l");
        List<Map<String, Object>> batch = IntStream.range(0, 1001)
                .mapToObj(i -> Orders.order(Orders.unique("o") + "-" + i, listing, "PAID")).toList();
        Orders.importing(batch).then().statusCode(413).contentType("application/problem+json");
        Orders.ofListing(listing).then().body("$", hasSize(0));
        Orders.importing(Map.of("key", "o-1")).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheMarketplaceImportsAndOnlyStaffRead() {
        String body = Orders.json(List.of(Orders.order(Orders.unique("o"), Orders.unique("l"), "PAID")));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/orders/import").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders/import").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/orders").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("moderator")).get("/api/v1/orders").then().statusCode(403);
        for (String role : List.of("investigator", "trust-admin", "marketplace")) {
            given().header("Authorization", TestTokens.bearer(role)).get("/api/v1/orders").then().statusCode(200);
        }
    }

    @Test
    void aListingsOrdersComeInPages() {
        String listing = Orders.unique("l");
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> order = Orders.order(Orders.unique("o"), listing, "DELIVERED");
            order.put("orderedAt", "2026-02-0" + (i + 1) + "T00:00:00Z");
            batch.add(order);
        }
        Orders.importing(batch).then().statusCode(200).body("stored", equalTo(5));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("listingId", listing)
                .queryParam("page", 1).queryParam("size", 2).get("/api/v1/orders").then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.key", equalTo(List.of(batch.get(2).get("key"), batch.get(3).get("key"))));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("size", 0).get("/api/v1/orders")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(String listing, java.util.function.Consumer<Map<String, Object>> spoil,
            String field) {
        Map<String, Object> bad = Orders.order(Orders.unique("o"), listing, "PAID");
        spoil.accept(bad);
        Orders.importing(List.of(Orders.order(Orders.unique("o"), listing, "PAID"), bad)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
