package dev.ccp.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Replays the seed cases through the services' public APIs, as the marketplace, staff and brands would, and
 * tells a brand-protection lead what happened. Events are read back from the real broker.
 */
public final class Demo {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoClient client;
    private final ServiceAddresses at;
    private final Path keysDir;
    private final Path dataDir;
    private final String bootstrap;

    private Demo(Path keysDir, Path dataDir, String bootstrap, ServiceAddresses at) {
        this.client = new DemoClient(new DevTokens(LocalKeys.in(keysDir)), at);
        this.at = at;
        this.keysDir = keysDir;
        this.dataDir = dataDir;
        this.bootstrap = bootstrap;
    }

    /** {@code demo KEYS_DIR DATA_DIR BOOTSTRAP}: the stack {@code bin/ccp up} started. */
    public static void run(Path keysDir, Path dataDir, String bootstrap) throws Exception {
        run(keysDir, dataDir, bootstrap, ServiceAddresses.LOCAL);
    }

    /**
     * The same against services elsewhere. {@code keysDir} holds the staff token key pair the services trust
     * ({@code jwt-private.pem}) and the payment provider's secret key ({@code payment-simulator.key}).
     */
    public static void run(Path keysDir, Path dataDir, String bootstrap, ServiceAddresses at) throws Exception {
        new Demo(keysDir, dataDir, bootstrap, at).replay();
    }

    private void replay() throws Exception {
        Instant started = Instant.now();
        say("");
        say("Seed case (a): four Spanish sellers of counterfeit BMW parts. The first two apply to sell.");
        say("(On a stack that already ran the demo they are known bad actors by now: `bin/ccp demo --fresh` starts over.)");
        List<JsonNode> applicants = applicants();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode application : applicants) {
            JsonNode seller = post(at.sellers() + "/api/v1/sellers", application, "marketplace", null, 201);
            String id = seller.get("id").asText();
            ids.add(id);
            names.put(id, application.get("legalName").asText());
            say("  - %s (%s) applied: %s, risk score %d. %s", application.get("legalName").asText(),
                    application.get("country").asText(), seller.get("status").asText(),
                    seller.at("/verification/score").asInt(), reasons(seller));
        }

        say("");
        say("The first of them was caught selling counterfeit BMW parts before: its account is closed, as a takedown");
        say("closes one (seller-service's closure endpoint, called here directly with a takedown's service role).");
        String key = "demo-takedown-" + UUID.randomUUID();
        ObjectNode closure = JSON.createObjectNode().put("reason", "COUNTERFEIT")
                .put("reference", "seed case (a): counterfeit BMW valve caps, emblems and key rings");
        JsonNode closed = post(at.sellers() + "/api/v1/sellers/" + ids.get(0) + "/closure", closure, "service", key, 200);
        say("  - %s is now %s (reason %s).", names.get(ids.get(0)), closed.get("status").asText(),
                closed.at("/closure/reason").asText());
        JsonNode retried = post(at.sellers() + "/api/v1/sellers/" + ids.get(0) + "/closure", closure, "service", key, 200);
        say("  - The same closure retried (same Idempotency-Key), as a takedown's retry would: answer unchanged (%s), no second event.",
                retried.get("status").asText());

        say("");
        say("A week later the same people try again under a new shop name, with the bank account written differently.");
        ObjectNode comeback = ((ObjectNode) applicants.get(0).deepCopy())
                .put("legalName", "Nuevo Comercio Levante S.L.").put("displayName", "Levante Recambios")
                .put("email", "ventas.levante@example.es").put("phone", "+34 699 000 111")
                .put("deviceId", UUID.randomUUID().toString()).put("taxId", "B99" + (System.nanoTime() % 1_000_000));
        ((ObjectNode) comeback.get("document")).put("number", "ZX" + (System.nanoTime() % 10_000_000));
        String iban = applicants.get(0).at("/bankAccount/iban").asText().replace(" ", "").toLowerCase();
        ((ObjectNode) comeback.get("bankAccount")).put("iban", iban);
        JsonNode again = post(at.sellers() + "/api/v1/sellers", comeback, "marketplace", null, 201);
        names.put(again.get("id").asText(), comeback.get("legalName").asText());
        say("  - %s applied: %s, risk score %d. %s", comeback.get("legalName").asText(), again.get("status").asText(),
                again.at("/verification/score").asInt(), reasons(again));

        say("");
        say("What the other services heard on sellers.v1 (read back from the Kafka broker):");
        for (String line : eventsAbout("sellers.v1", names, 2 * ids.size() + 3)) {
            say("  %s", line);
        }

        ListingDemo listingDemo = new ListingDemo(client, dataDir, new TakedownDemo(client, dataDir, keysDir, bootstrap));
        Map<String, String> listings = listingDemo.replay(ids.get(1), names.get(ids.get(1)), ids.get(0),
                names.get(ids.get(0)));
        say("");
        say("What takedown and litigation heard on listings.v1:");
        for (String line : eventsAbout("listings.v1", listings, listings.size() + 1)) {
            say("  %s", line);
        }
        new LitigationDemo(client, dataDir).replay(listingDemo, ids.get(1), applicants.get(1));
        say("");
        say("Done in %.1f s.", Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    private List<JsonNode> applicants() throws IOException {
        Path sellers = dataDir.resolve("sellers.json");
        List<JsonNode> applicants = new ArrayList<>();
        if (Files.exists(sellers)) {
            for (JsonNode row : JSON.readTree(sellers.toFile())) {
                if (applicants.size() == 2) {
                    break;
                }
                applicants.add(row.get("application"));
            }
        } else {
            throw new IllegalStateException(sellers + " is missing: the demo replays the data sets in the checkout's data/");
        }
        return applicants;
    }

    private List<String> eventsAbout(String topic, Map<String, String> names, int expected) {
        List<String> lines = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "ccp-demo-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            Instant quiet = Instant.now().plusSeconds(3);
            while (lines.size() < expected && Instant.now().isBefore(deadline)
                    || Instant.now().isBefore(quiet) && Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (names.containsKey(record.key())) {
                        JsonNode event = JSON.readTree(record.value());
                        lines.add(String.format("%-30s %-40s at %s UTC (event %s)", event.get("type").asText(),
                                names.get(record.key()), event.get("time").asText().substring(11, 23),
                                event.get("id").asText().substring(0, 8)));
                    }
                }
            }
        } catch (IOException e) {
            lines.add("could not read an event: " + e.getMessage());
        }
        // Partitions interleave arbitrarily; a reader wants the story in the order it happened.
        lines.sort(java.util.Comparator.comparing(line -> line.substring(line.indexOf(" at ") + 4)));
        if (lines.size() < expected) {
            lines.add("(only " + lines.size() + " of " + expected + " expected events arrived within 30 s)");
        }
        return lines;
    }

    private static String reasons(JsonNode seller) {
        List<String> details = new ArrayList<>();
        seller.at("/verification/reasons").forEach(r -> details.add(r.get("detail").asText()));
        return details.isEmpty() ? "" : "Why: " + String.join("; ", details) + ".";
    }

    private JsonNode post(String url, JsonNode body, String role, String idempotencyKey, int expected)
            throws IOException, InterruptedException {
        return client.post(url, body, role, idempotencyKey, expected);
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(format, args));
    }
}
