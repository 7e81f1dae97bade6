package dev.ccp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.devstack.demo.ServiceAddresses;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the seed cases do not show: a brand that finds a counterfeit before screening does. A made-up watch brand
 * reports a listing that was on sale; the moderator confirms it; the takedown refunds a customer who bought twice (in
 * EUR) and one who paid in JPY. Through the public APIs only, as the brand, the marketplace and a moderator.
 */
final class BrandReportedFirst {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceAddresses at;
    private final DevTokens tokens;
    private final String providerKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BrandReportedFirst(ServiceAddresses at, Path keysDir) throws IOException {
        this.at = at;
        this.tokens = new DevTokens(LocalKeys.in(keysDir));
        this.providerKey = Files.readString(keysDir.resolve("payment-simulator.key")).trim();
    }

    /** Runs the story; answers the listing's id once its takedown completed. */
    String replay() throws Exception {
        JsonNode brand = expect(201, post(at.listings() + "/api/v1/brands", brand(), staff("trust-admin")));
        JsonNode applied = expect(201, post(at.sellers() + "/api/v1/sellers", application(), staff("marketplace")));
        if (!"VERIFIED".equals(applied.path("status").asText())) {
            throw new IllegalStateException("the watch seller was not verified: " + applied);
        }
        String seller = applied.path("id").asText();
        // verified in listing-service too: a later change of standing would screen the listing again
        await("listing-service knows the seller is verified", () -> {
            HttpResponse<String> standing = get(at.listings() + "/api/v1/seller-standings/" + seller,
                    staff("moderator"));
            return standing.statusCode() == 200
                    && "VERIFIED".equals(JSON.readTree(standing.body()).path("status").asText());
        });

        // nothing in it names or describes the brand, and the price is plausible: screening has no reason to stop it
        ObjectNode listing = JSON.createObjectNode().put("sellerId", seller)
                .put("title", "Automatic dress watch 38 mm, steel bracelet, sapphire glass").put("brand", "")
                .put("description", "Automatic movement, steel case, new in box.").put("category", "watches")
                .put("quantity", 30);
        listing.putObject("price").put("amount", "3900.00").put("currency", "EUR");
        listing.putArray("imageHashes").add("77aa1f0e5c3b9d24");
        JsonNode submitted = expect(201, post(at.listings() + "/api/v1/listings", listing, staff("marketplace")));
        String listingId = submitted.path("id").asText();
        if ("BLOCKED".equals(submitted.path("status").asText())) {
            throw new IllegalStateException("screening blocked the listing before the brand could report it: "
                    + submitted);
        }

        List<ObjectNode> orders = List.of(order("vw-1", listingId, "cust-velloria-1", "3900.00", "EUR"),
                order("vw-2", listingId, "cust-velloria-1", "3900.00", "EUR"),
                order("vw-3", listingId, "cust-velloria-2", "620000", "JPY"));
        expect(200, post(at.takedowns() + "/api/v1/orders/import", orders, staff("marketplace")));
        for (ObjectNode order : orders) {
            ObjectNode charge = JSON.createObjectNode().put("id", order.path("key").asText())
                    .put("amount", order.at("/amount/currency").asText().equals("JPY")
                            ? Long.parseLong(order.at("/amount/amount").asText())
                            : new java.math.BigDecimal(order.at("/amount/amount").asText()).movePointRight(2)
                                    .longValueExact())
                    .put("currency", order.at("/amount/currency").asText());
            int status = post(at.paymentProvider() + "/v1/charges", charge, "Bearer " + providerKey).statusCode();
            if (status != 200 && status != 201) {
                throw new IllegalStateException("the payment simulator refused the charge " + charge + ": " + status);
            }
        }

        String partner = "Bearer " + expect(200, send(HttpRequest.newBuilder(URI.create(at.listings()
                + "/partner/v1/token")).header("X-API-Key", brand.path("apiKey").asText())
                .POST(HttpRequest.BodyPublishers.noBody()))).path("accessToken").asText();
        ObjectNode report = JSON.createObjectNode().put("type", "COUNTERFEIT");
        report.putArray("listingIds").add(listingId);
        report.putObject("evidence").put("note", "test purchase: the caseback engraving is not ours");
        expect(201, post(at.listings() + "/partner/v1/violation-reports", report, partner));
        expect(200, post(at.listings() + "/api/v1/listings/" + listingId + "/decision",
                Map.of("verdict", "COUNTERFEIT", "note", "confirmed with the brand's test purchase"),
                staff("moderator")));

        await("the takedown completed", () -> {
            JsonNode found = JSON.readTree(get(at.takedowns() + "/api/v1/takedowns?listingId=" + listingId,
                    staff("investigator")).body());
            return found.size() == 1 && "COMPLETED".equals(found.get(0).path("status").asText());
        });
        return listingId;
    }

    private static ObjectNode brand() {
        ObjectNode brand = JSON.createObjectNode().put("name", "Velloria").put("selfServiceRemoval", false);
        brand.putArray("aliases").add("Velloria Genève");
        brand.putArray("protectedTerms").add("Velloria").add("Aria Chrono");
        brand.putArray("trademarks").addObject().put("office", "EUIPO").put("registrationNumber", "019990001")
                .putArray("classes").add(14);
        ObjectNode product = brand.putArray("products").addObject().put("sku", "velloria-aria")
                .put("name", "Aria automatic watch").put("category", "watches");
        product.putArray("signatureTerms").add("aria").add("automatic").add("watch");
        product.putObject("minPrice").put("amount", "4200.00").put("currency", "EUR");
        product.putArray("referenceImageHashes").add("5b1e93c07d2a4f68");
        brand.putArray("authorizedSellers");
        return brand;
    }

    private static ObjectNode application() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ObjectNode application = JSON.createObjectNode().put("legalName", "Horlogerie Meuse SPRL")
                .put("displayName", "Meuse Watches").put("email", "shop-" + unique + "@example.be")
                .put("phone", "+32 470 " + unique.substring(0, 6).replaceAll("[a-f]", "1")).put("country", "BE")
                .put("taxId", "BE0" + Math.abs(unique.hashCode() % 1_000_000_000L))
                .put("deviceId", UUID.randomUUID().toString()).put("ipAddress", "81.82.10.20");
        application.putObject("address").put("line1", "Rue de la Gare 12").put("city", "Namur")
                .put("postalCode", "5000").put("country", "BE");
        application.putObject("bankAccount").put("iban", "BE71 0961 2345 6769");
        application.putObject("document").put("type", "NATIONAL_ID").put("number", "BE" + unique.toUpperCase())
                .put("country", "BE").put("expiresOn", "2032-05-01");
        return application;
    }

    private static ObjectNode order(String key, String listingId, String customer, String amount, String currency) {
        ObjectNode order = JSON.createObjectNode().put("key", key).put("listingId", listingId)
                .put("customerId", customer).put("quantity", 1).put("orderedAt", Instant.now().minusSeconds(86_400)
                        .toString()).put("status", "DELIVERED");
        order.putObject("amount").put("amount", amount).put("currency", currency);
        return order;
    }

    private String staff(String role) {
        return "Bearer " + tokens.mint("system-test-" + role, Duration.ofMinutes(5), role);
    }

    private HttpResponse<String> post(String url, Object body, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ", not " + status + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private interface Check {
        boolean passes() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!check.passes()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("waited 60 s for " + what);
            }
            Thread.sleep(300);
        }
    }
}
