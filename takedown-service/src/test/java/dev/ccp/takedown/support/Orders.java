package dev.ccp.takedown.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.devstack.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders for the tests: the checkout's data/orders.jsonl in the import's shape, or one made up. */
public final class Orders {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Orders() {
    }

    /** The first {@code count} orders of data/orders.jsonl, {@code listingKey} renamed to {@code listingId}. */
    public static List<Map<String, Object>> fromDataSet(int count) {
        try (var lines = Files.lines(DataSets.file("orders.jsonl"))) {
            return lines.limit(count).map(Orders::read).peek(o -> o.put("listingId", o.remove("listingKey"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid order of a listing no other test uses. */
    public static Map<String, Object> order(String key, String listingId, String status) {
        Map<String, Object> order = new HashMap<>();
        order.put("key", key);
        order.put("listingId", listingId);
        order.put("customerId", "cust-1");
        order.put("quantity", 2);
        order.put("amount", new HashMap<>(Map.of("amount", "173.97", "currency", "EUR")));
        order.put("orderedAt", "2026-01-23T10:13:00Z");
        order.put("status", status);
        return order;
    }

    /** An order of {@code listingId} for {@code amount} (a decimal string) in {@code currency}. */
    public static Map<String, Object> order(String key, String listingId, String status, String amount,
            String currency) {
        Map<String, Object> order = order(key, listingId, status);
        order.put("customerId", "cust-" + key);
        order.put("amount", new HashMap<>(Map.of("amount", amount, "currency", currency)));
        return order;
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Response importing(Object body) {
        return given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(json(body)).post("/api/v1/orders/import");
    }

    public static Response ofListing(String listingId) {
        return given().header("Authorization", TestTokens.bearer("investigator")).queryParam("listingId", listingId)
                .get("/api/v1/orders");
    }

    private static Map<String, Object> read(String line) {
        try {
            return JSON.readValue(line, new TypeReference<HashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
