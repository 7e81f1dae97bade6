package dev.ccp.bench.takedowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Confirmation → every refund issued, through the real path: a listing of a verified seller, its orders imported into
 * takedown-service (the marketplace's batch import), a charge per order at the payment provider simulator, then a
 * moderator's {@code COUNTERFEIT} decision in listing-service. listing-service's outbox publishes
 * {@code listing.counterfeit-confirmed}; takedown-service opens the takedown, removes the listing, holds the stock and
 * refunds every order. Measured from just before the decision to the last refund's {@code issuedAt} (one clock: all
 * on this machine).
 */
public final class TakedownRefundBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IMPORT_BATCH = 1_000;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    private final String listings;
    private final String takedowns;
    private final String provider;
    private final String providerKey;
    private final DevTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TakedownRefundBench(String listings, String takedowns, String provider, Path keys) throws Exception {
        this.listings = listings;
        this.takedowns = takedowns;
        this.provider = provider;
        this.providerKey = Files.readString(keys.resolve("payment-simulator.key")).trim();
        this.tokens = new DevTokens(LocalKeys.in(keys));
    }

    /** One measured takedown: when the decision went out, how long until the last refund, and how it ended. */
    record Run(int orders, double seconds, String status, int issued) {
    }

    /**
     * @param sizes orders on the listing, each with its number of measured runs ({@code 50:10,5000:3})
     * @param setting the simulator's and the service's settings, as printed with the figures
     */
    public static void run(String listingsUrl, String takedownsUrl, String providerUrl, Path keys, String bootstrap,
            String sellersTopic, Map<Integer, Integer> sizes, String setting) throws Exception {
        var bench = new TakedownRefundBench(listingsUrl, takedownsUrl, providerUrl, keys);
        String seller = bench.announceSeller(bootstrap, sellersTopic);
        System.out.println(setting);
        System.out.println("warm-up: one takedown of 50 orders, not counted (the JIT compiles the paths first)");
        System.out.println("  " + runLine(bench.measure(seller, 50), 0, 0));
        Map<Integer, List<Run>> results = new LinkedHashMap<>();
        for (var size : sizes.entrySet()) {
            List<Run> runs = new ArrayList<>();
            for (int i = 1; i <= size.getValue(); i++) {
                Run run = bench.measure(seller, size.getKey());
                runs.add(run);
                System.out.println("  " + runLine(run, i, size.getValue()));
            }
            results.put(size.getKey(), runs);
        }
        System.out.println();
        System.out.println("confirmation → every refund issued:");
        double perRefundSmallest = 0;
        for (var entry : results.entrySet()) {
            List<Double> seconds = entry.getValue().stream().map(Run::seconds).sorted().toList();
            double p50 = percentile(seconds, 50);
            double perRefund = 1000 * p50 / entry.getKey();
            perRefundSmallest = perRefundSmallest == 0 ? perRefund : perRefundSmallest;
            System.out.printf("  %,6d orders, %2d runs: p50 %6.2f s, p95 %6.2f s, max %6.2f s; %.1f ms per refund at "
                    + "p50 (%.2f × the smallest size's)%n", entry.getKey(), seconds.size(), p50,
                    percentile(seconds, 95), seconds.get(seconds.size() - 1), perRefund, perRefund / perRefundSmallest);
        }
    }

    /** Nearest rank: with 10 runs p95 is the slowest, with 3 runs p50 is the middle one. */
    static double percentile(List<Double> sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private Run measure(String seller, int orders) throws Exception {
        String listingId = listing(seller, orders);
        importOrders(listingId, orders);
        Instant decided = Instant.now();
        send("POST", listings + "/api/v1/listings/" + listingId + "/decision",
                "{\"verdict\":\"COUNTERFEIT\",\"note\":\"bench: test purchase\"}", "moderator", 200);
        String takedownId = awaitTakedown(listingId, decided);
        JsonNode takedown = awaitRefunds(takedownId, orders, decided);
        Instant last = decided;
        int issued = 0;
        for (JsonNode refund : takedown.get("refunds")) {
            if (refund.get("status").asText().equals("ISSUED")) {
                issued++;
                Instant at = Instant.parse(refund.get("updatedAt").asText());
                last = at.isAfter(last) ? at : last;
            }
        }
        return new Run(orders, Duration.between(decided, last).toMillis() / 1000.0, takedown.get("status").asText(),
                issued);
    }

    private String listing(String seller, int orders) throws Exception {
        String body = JSON.writeValueAsString(Map.of("sellerId", seller,
                "title", "Chrome wheel centre caps set of 4, " + orders + " sold", "description",
                "Universal chrome wheel centre caps, set of four, fast shipping.", "brand", "",
                "category", "automotive-accessories", "price", Map.of("amount", "19.99", "currency", "EUR"),
                "quantity", 500, "imageHashes", List.of(String.format("%016x", UUID.randomUUID()
                        .getMostSignificantBits()))));
        return send("POST", listings + "/api/v1/listings", body, "marketplace", 201).get("id").asText();
    }

    /** The listing's orders through the marketplace's import, and a charge for each at the provider. */
    private void importOrders(String listingId, int count) throws Exception {
        String run = listingId.substring(0, 8);
        List<Map<String, Object>> orders = new ArrayList<>();
        String[] statuses = {"DELIVERED", "DELIVERED", "SHIPPED", "PAID"};
        for (int i = 0; i < count; i++) {
            int quantity = 1 + i % 3;
            long cents = 1999L * quantity;
            orders.add(Map.of("key", "bench-" + run + "-" + i, "listingId", listingId, "customerId", "cust-" + (i * 7919
                    % 100_000), "quantity", quantity, "amount", Map.of("amount", String.format("%d.%02d",
                    cents / 100, cents % 100), "currency", "EUR"),
                    "orderedAt", Instant.now().minus(Duration.ofDays(1 + i % 60)).toString(),
                    "status", statuses[i % statuses.length]));
        }
        for (int from = 0; from < count; from += IMPORT_BATCH) {
            send("POST", takedowns + "/api/v1/orders/import", JSON.writeValueAsString(orders.subList(from,
                    Math.min(count, from + IMPORT_BATCH))), "marketplace", 200);
        }
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<HttpResponse<String>>> charges = new ArrayList<>();
        for (Map<String, Object> order : orders) {
            @SuppressWarnings("unchecked")
            String amount = ((Map<String, String>) order.get("amount")).get("amount");
            String body = JSON.writeValueAsString(Map.of("id", order.get("key"),
                    "amount", Long.parseLong(amount.replace(".", "")), "currency", "EUR"));
            inFlight.acquire();
            charges.add(http.sendAsync(HttpRequest.newBuilder(URI.create(provider + "/v1/charges"))
                    .header("Authorization", "Bearer " + providerKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> inFlight.release()));
        }
        for (var charge : charges) {
            int status = charge.join().statusCode();
            if (status != 201 && status != 200) {
                throw new IllegalStateException("the simulator refused a charge: " + charge.join().body());
            }
        }
    }

    private String awaitTakedown(String listingId, Instant since) throws Exception {
        while (Duration.between(since, Instant.now()).compareTo(RUN_LIMIT) < 0) {
            JsonNode found = send("GET", takedowns + "/api/v1/takedowns?listingId=" + listingId, null, "moderator",
                    200);
            if (!found.isEmpty()) {
                return found.get(0).get("id").asText();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no takedown opened for listing " + listingId);
    }

    /** Polls the count of issued refunds; when all are, reads the takedown with every refund. */
    private JsonNode awaitRefunds(String takedownId, int orders, Instant since) throws Exception {
        long lastTold = 0;
        while (Duration.between(since, Instant.now()).compareTo(RUN_LIMIT) < 0) {
            long issued = send("GET", takedowns + "/api/v1/refunds?takedownId=" + takedownId
                    + "&status=ISSUED&page=0&size=1", null, "investigator", 200).get("total").asLong();
            if (issued >= orders) {
                return send("GET", takedowns + "/api/v1/takedowns/" + takedownId, null, "moderator", 200);
            }
            long elapsed = Duration.between(since, Instant.now()).toSeconds();
            if (orders >= 1000 && elapsed >= lastTold + 10) {
                lastTold = elapsed;
                System.out.printf("    %,d / %,d refunds issued after %d s%n", issued, orders, elapsed);
            }
            Thread.sleep(orders >= 1000 ? 250 : 50);
        }
        throw new IllegalStateException("takedown " + takedownId + " had not issued every refund after " + RUN_LIMIT);
    }

    private String announceSeller(String bootstrap, String topic) throws Exception {
        String id = "bench-takedown-seller-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            Map<String, Object> event = Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                    "source", "/seller-service", "type", "seller.verified", "subject", id,
                    "time", Instant.now().toString(), "datacontenttype", "application/json",
                    "dataschema", "urn:ccp:schema:seller.verified:v1",
                    "data", Map.of("sellerId", id, "score", 0, "reasons", List.of(),
                            "decidedAt", Instant.now().toString()));
            producer.send(new ProducerRecord<>(topic, id, JSON.writeValueAsString(event))).get();
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (status(listings + "/api/v1/seller-standings/" + id) != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("listing-service did not learn of the bench seller within 60 s");
            }
            Thread.sleep(200);
        }
        System.out.printf("a verified seller announced on %s and known to listing-service%n", topic);
        return id;
    }

    private int status(String url) throws Exception {
        return http.send(request("GET", url, null, "moderator"), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode send(String method, String url, String body, String role, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(method, url, body, role),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest request(String method, String url, String body, String role) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.mint("bench-" + role, Duration.ofMinutes(5), role))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String runLine(Run run, int index, int of) {
        String which = of == 0 ? "warm-up" : String.format("run %d/%d", index, of);
        return String.format("%-9s %,6d orders: %,d refunds issued %.2f s after the confirmation (takedown %s)", which,
                run.orders(), run.issued(), run.seconds(), run.status());
    }
}
