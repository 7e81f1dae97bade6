package dev.ccp.bench.listings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.bench.load.CpuAccount;
import dev.ccp.bench.load.HttpLoad;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The listing screening benchmark: {@code brands} synthetic brands of 20 protected words each are registered through
 * the API, sellers are announced as verified on the sellers topic, then listings (mostly ordinary goods, some naming
 * a brand plainly or in disguise) are screened through {@code POST /api/v1/listings} from {@code clients} concurrent
 * clients. The same bodies then go to baseline-service, a validated plain insert on the same stack, for comparison
 * on the same machine, and last as catalogue uploads of 10 and 100.
 */
public final class ListingScreeningBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ru", "ze", "ta", "vo", "ni", "pe", "sha", "dor", "vel",
            "quin", "bra", "tex", "mon", "zul", "fir", "gal", "nox", "ori", "pax", "ryn", "sol", "tiv", "umb", "vex",
            "wen", "xan", "yor"};
    private static final String[] GOODS = {"cotton", "shirt", "leather", "wallet", "steel", "watch", "ceramic", "mug",
            "wooden", "toy", "running", "shoes", "phone", "case", "garden", "hose", "wool", "scarf", "desk", "lamp",
            "travel", "bag", "silver", "ring", "kitchen", "knife", "yoga", "mat", "baby", "blanket"};
    private static final String[] CATEGORIES = {"apparel", "handbags", "watches", "jewelry", "shoes", "electronics",
            "home", "toys"};

    private final String baseUrl;
    private final String admin;
    private final String marketplace;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> brandNames = new ArrayList<>();

    private ListingScreeningBench(String baseUrl, Path keys) {
        this.baseUrl = baseUrl;
        DevTokens tokens = new DevTokens(LocalKeys.in(keys));
        this.admin = tokens.mint("bench-admin", Duration.ofHours(2), "trust-admin");
        this.marketplace = tokens.mint("bench", Duration.ofHours(2), "marketplace");
    }

    /**
     * @param baselineUrl the plain insert's endpoint in baseline-service
     * @param servicePids the listing-service's and baseline-service's processes, for the CPU per part (0: unknown)
     */
    public static void run(String baseUrl, String baselineUrl, Path keys, String bootstrap, String sellersTopic,
            int brands, int requests, int clients, long... servicePids) throws Exception {
        var bench = new ListingScreeningBench(baseUrl, keys);
        bench.registerBrands(brands);
        List<String> sellers = bench.announceSellers(bootstrap, sellersTopic, 200);
        String url = baseUrl + "/api/v1/listings";
        HttpLoad load = new HttpLoad(bench.marketplace);
        bench.warmUp(load, url, baselineUrl, sellers, clients);

        Random random = new Random(42);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            bodies.add(bench.listing(random, sellers));
        }
        CpuAccount cpu = new CpuAccount(servicePids);
        System.out.printf("screening %,d listings from %d clients against %,d brands...%n", requests, clients, brands);
        var before = cpu.snapshot();
        HttpLoad.Result screened = load.post(url, requests, clients, bodies::get, ListingScreeningBench::outcome);
        var between = cpu.snapshot();
        System.out.printf("inserting the same %,d bodies through baseline-service (validated plain insert)...%n",
                requests);
        HttpLoad.Result baseline = load.post(baselineUrl, requests, clients, bodies::get, null);
        var after = cpu.snapshot();
        List<String> uploadLines = new ArrayList<>();
        var beforeUploads = after;
        for (int perUpload : new int[] {10, 100}) {
            List<String> uploads = new ArrayList<>();
            for (int i = 0; i < requests; i += perUpload) {
                uploads.add("{\"listings\":[" + String.join(",", bodies.subList(i, Math.min(requests, i + perUpload)))
                        + "]}");
            }
            System.out.printf("screening the same %,d bodies as %,d catalogue uploads of %d (POST /api/v1/listings/batch)"
                    + "...%n", requests, uploads.size(), perUpload);
            HttpLoad.Result batched = load.post(url + "/batch", uploads.size(), clients, uploads::get, null);
            double drained = bench.awaitOutboxDrained();
            var afterUploads = cpu.snapshot(); // includes the relay's catch-up, so the Kafka share is not left out
            uploadLines.add(String.format("  catalogue uploads of %-3d         : %,.0f screened listings/s; per upload %s",
                    perUpload, requests / batched.seconds(), batched.summary()));
            uploadLines.add("    " + CpuAccount.perRequest(beforeUploads, afterUploads, requests,
                    batched.seconds() + drained).replace("per request", "per listing")
                    + String.format(", counted until the relay had published every event, %.1f s after the last "
                    + "upload", drained));
            beforeUploads = afterUploads;
        }
        System.out.println();
        System.out.println("  screening POST /api/v1/listings : " + screened.summary());
        System.out.println("  outcomes                         : " + screened.outcomes());
        System.out.println("    " + CpuAccount.perRequest(before, between, requests, screened.seconds()));
        System.out.println("  baseline plain insert            : " + baseline.summary());
        System.out.println("    " + CpuAccount.perRequest(between, after, requests, baseline.seconds()));
        System.out.printf("  screening throughput is %.0f %% of the plain insert's%n",
                100 * screened.perSecond() / baseline.perSecond());
        uploadLines.forEach(System.out::println);
    }

    /**
     * The JIT compiles the service's hot paths over its first tens of thousands of requests, and while it does, it
     * takes a core's worth of CPU from them. Measuring then would time the compiler: warm up for at least six
     * rounds (on two shared cores C2 is still busy after a minute), then until two rounds in a row are within 5 % of
     * the one before them.
     */
    private void warmUp(HttpLoad load, String url, String baselineUrl, List<String> sellers, int clients)
            throws Exception {
        int perRound = 2_000;
        Random random = new Random(7);
        System.out.printf("warming up in rounds of %,d listings until throughput settles (the JIT compiles hot paths "
                + "over the first tens of thousands of calls)...%n", perRound);
        double previous = 0;
        int steady = 0;
        for (int round = 1; round <= 15; round++) {
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < perRound; i++) {
                bodies.add(listing(random, sellers));
            }
            double rate = load.post(url, perRound, clients, bodies::get, null).perSecond();
            // baseline-service is a JVM of its own: it needs as much warm-up as the service it is compared with
            load.post(baselineUrl, perRound, clients, bodies::get, null);
            String upload = "{\"listings\":[" + String.join(",", bodies.subList(0, 100)) + "]}";
            load.post(url + "/batch", 5, clients, i -> upload, null);
            System.out.printf("  round %2d: %,.0f screened listings/s%n", round, rate);
            steady = Math.abs(rate - previous) <= 0.05 * previous ? steady + 1 : 0;
            if (round >= 6 && steady >= 2) {
                return;
            }
            previous = rate;
        }
    }

    /** Seconds until the relay has published every event (the service's ccp_outbox_pending gauge reads 0). */
    private double awaitOutboxDrained() throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            boolean drained = metrics.body().lines().filter(l -> l.startsWith("ccp_outbox_pending"))
                    .anyMatch(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) == 0);
            if (drained) {
                break;
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private void registerBrands(int count) throws Exception {
        Random random = new Random(1);
        for (int i = 0; i < count; i++) {
            brandNames.add(word(random, 3) + i);
        }
        long registered = total("/api/v1/brands?page=0&size=1");
        if (registered >= count) {
            System.out.printf("%,d brands already registered%n", registered);
            return;
        }
        System.out.printf("registering %,d brands of 20 protected words each through the API...%n", count);
        long started = System.nanoTime();
        for (int i = (int) registered; i < count; i++) {
            post("/api/v1/brands", admin, brand(random, i));
            if ((i + 1) % 200 == 0 || i + 1 == count) {
                System.out.printf("  %,6d / %,d  (%.0f s)%n", i + 1, count, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private String brand(Random random, int i) throws Exception {
        String name = brandNames.get(i);
        List<String> terms = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            terms.add(word(random, 2 + random.nextInt(2)) + (t % 4 == 0 ? " " + word(random, 2) : ""));
        }
        List<Map<String, Object>> products = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            products.add(Map.of("sku", name + "-" + p, "name", terms.get(p) + " " + GOODS[random.nextInt(GOODS.length)],
                    "category", CATEGORIES[random.nextInt(CATEGORIES.length)],
                    "signatureTerms", List.of(word(random, 2), word(random, 3), GOODS[random.nextInt(GOODS.length)]),
                    "minPrice", Map.of("amount", (200 + random.nextInt(3000)) + ".00", "currency", "EUR"),
                    "referenceImageHashes", List.of(String.format("%016x", random.nextLong()))));
        }
        return JSON.writeValueAsString(Map.of("name", name,
                "aliases", List.of(name + " " + word(random, 2), word(random, 3), word(random, 2) + " " + name),
                "protectedTerms", terms, "products", products,
                "trademarks", List.of(Map.of("office", "EUIPO", "registrationNumber", String.valueOf(100000 + i),
                        "classes", List.of(18, 25))),
                "authorizedSellers", List.of(), "selfServiceRemoval", false));
    }

    /** Ordinary goods mostly; one in eight names a brand as written, one in eight disguises it. */
    private String listing(Random random, List<String> sellers) throws Exception {
        StringBuilder title = new StringBuilder();
        int kind = random.nextInt(8);
        if (kind == 0) {
            title.append(brandNames.get(random.nextInt(brandNames.size()))).append(' ');
        } else if (kind == 1) {
            String brand = brandNames.get(random.nextInt(brandNames.size()));
            title.append(brand.replace('o', '0').replace('a', '4').toUpperCase(Locale.ROOT)).append(' ');
        }
        for (int w = 0; w < 6; w++) {
            title.append(GOODS[random.nextInt(GOODS.length)]).append(' ');
        }
        StringBuilder description = new StringBuilder(title);
        for (int w = 0; w < 20; w++) {
            description.append(GOODS[random.nextInt(GOODS.length)]).append(' ');
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sellerId", sellers.get(random.nextInt(sellers.size())));
        body.put("title", title.toString().trim());
        body.put("description", description.toString().trim());
        body.put("brand", "");
        body.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
        body.put("price", Map.of("amount", (5 + random.nextInt(300)) + ".99", "currency", "EUR"));
        body.put("quantity", 1 + random.nextInt(50));
        body.put("imageHashes", List.of(String.format("%016x", random.nextLong()), String.format("%016x", random.nextLong())));
        return JSON.writeValueAsString(body);
    }

    private List<String> announceSellers(String bootstrap, String topic, int count) throws Exception {
        List<String> sellers = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                String id = "bench-seller-" + run + "-" + i;
                sellers.add(id);
                Map<String, Object> event = Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                        "source", "/seller-service", "type", "seller.verified", "subject", id,
                        "time", Instant.now().toString(), "datacontenttype", "application/json",
                        "dataschema", "urn:ccp:schema:seller.verified:v1",
                        "data", Map.of("sellerId", id, "score", 0, "reasons", List.of(),
                                "decidedAt", Instant.now().toString()));
                producer.send(new ProducerRecord<>(topic, id, JSON.writeValueAsString(event)));
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (status("/api/v1/seller-standings/" + sellers.get(count - 1)) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("listing-service did not learn of the bench sellers within 60 s");
            }
            Thread.sleep(200);
        }
        System.out.printf("%d verified sellers announced on %s and known to listing-service%n", count, topic);
        return sellers;
    }

    private static String outcome(String body) {
        int at = body.indexOf("\"status\":\"");
        return at < 0 ? "?" : body.substring(at + 10, body.indexOf('"', at + 10));
    }

    /**
     * An invented brand word. Words one slip away from the goods vocabulary ("Tavel" and "travel") are drawn again:
     * real brands are not named that way, and every "travel mug" would otherwise look like a misspelled brand.
     */
    private static String word(Random random, int syllables) {
        while (true) {
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String word = w.toString();
            if (Arrays.stream(GOODS).noneMatch(g -> oneSlipApart(g, word))) {
                return Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
        }
    }

    private static boolean oneSlipApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= 2; // two edits also covers a swap of neighbours
    }

    private void post(String path, String token, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + admin)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long total(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("total").asLong();
    }
}
