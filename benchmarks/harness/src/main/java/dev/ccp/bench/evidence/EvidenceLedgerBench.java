package dev.ccp.bench.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.bench.load.HttpLoad;
import dev.ccp.bench.load.LatencySummary;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * The evidence ledger benchmark: one case gets {@code entries} evidence entries from {@code clients} concurrent
 * clients, the first tenth (at most 2,000) one per request ({@code POST /api/v1/cases/{id}/evidence}), the rest
 * in batches of {@code batch} ({@code POST .../evidence/batch}, one transaction each). Appends to one case run one
 * after another on the case's row lock, so clients overlap only the HTTP and JSON work, and a batch shares one
 * commit. Then the whole ledger is verified a few times ({@code /evidence/verification}: chain and tree
 * recomputed from every row), and {@code proofs} random inclusion and consistency proofs are asked for, one at a
 * time.
 */
public final class EvidenceLedgerBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERIFICATIONS = 5;
    private static final int CHUNKS = 10;
    private static final int SINGLE_MAX = 2_000;

    private final String baseUrl;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261201);

    private EvidenceLedgerBench(String baseUrl, Path keys) {
        this.baseUrl = baseUrl;
        this.token = new DevTokens(LocalKeys.in(keys)).mint("bench-legal", Duration.ofHours(4), "legal");
    }

    /**
     * @param existingCase a case an earlier run filled, to measure only verification and proofs again (e.g.
     *                     after a change to them, or against another build); null to open and fill a new one
     */
    public static void run(String baseUrl, Path keys, int entries, int clients, int batch, int proofs,
            String existingCase) throws Exception {
        var bench = new EvidenceLedgerBench(baseUrl, keys);
        String caseId = existingCase;
        if (caseId == null) {
            caseId = bench.openCase();
            int single = Math.min(SINGLE_MAX, entries / 10);
            System.out.printf("case %s: appending %,d entries from %d clients: %,d one per request, then %,d in"
                    + " batches of %d%n", caseId, entries, clients, single, entries - single, batch);
            bench.append(caseId, 0, single, 1, clients);
            bench.append(caseId, single, entries - single, batch, clients);
        } else {
            System.out.printf("case %s: measuring its %,d entries (no appends)%n", caseId, entries);
        }
        bench.verify(caseId, entries);
        JsonNode head = bench.get("/api/v1/cases/" + caseId + "/evidence/tree-head");
        System.out.printf("tree head signed: size %,d, root %s%n", head.get("treeSize").asInt(),
                head.get("rootHash").asText());
        int warmUp = Math.max(proofs / 5, 100);
        String cases = "/api/v1/cases/" + caseId;
        bench.proofs("inclusion proof", warmUp, proofs,
                i -> cases + "/evidence/proofs/inclusion?entry=" + (1 + bench.random.nextInt(entries)));
        bench.proofs("consistency proof", warmUp, proofs, i -> {
            int to = 2 + bench.random.nextInt(entries - 1);
            return cases + "/evidence/proofs/consistency?from=" + (1 + bench.random.nextInt(to - 1)) + "&to=" + to;
        });
    }

    private String openCase() throws Exception {
        String body = JSON.writeValueAsString(Map.of("title", "Benchmark v. " + UUID.randomUUID(),
                "brandIds", new String[] {"b-bench"}, "sellerIds", new String[] {"s-bench"}));
        HttpResponse<String> response = http.send(request("/api/v1/cases")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("opening the case answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asText();
    }

    /**
     * {@code count} entries from number {@code first} on, {@code batch} per request (1: the single-entry
     * endpoint), in {@link #CHUNKS} rounds printed as they end; then the whole phase, latency per request.
     */
    private void append(String caseId, int first, int count, int batch, int clients) throws Exception {
        if (count <= 0) {
            return;
        }
        HttpLoad load = new HttpLoad(token);
        String url = baseUrl + "/api/v1/cases/" + caseId + "/evidence" + (batch > 1 ? "/batch" : "");
        int requests = (count + batch - 1) / batch;
        int chunk = Math.max(1, requests / CHUNKS);
        Histogram all = new Histogram(3);
        int failures = 0;
        double seconds = 0;
        for (int done = 0; done < requests; done += chunk) {
            int n = Math.min(chunk, requests - done);
            int offset = done;
            HttpLoad.Result round = load.post(url, n, clients, i -> body(first, count, batch, offset + i), null);
            all.add(round.latency().latenciesNanos());
            failures += round.latency().failures();
            seconds += round.seconds();
            int appended = Math.min(count, (done + n) * batch);
            System.out.printf("  %,8d / %,d appended: %,.0f entries/s this round, p50 %.1f ms, p99 %.1f ms per"
                    + " request%s%n", first + appended, first + count, Math.min(n * batch, count) / round.seconds(),
                    round.latency().percentileMillis(50), round.latency().percentileMillis(99),
                    round.latency().failures() == 0 ? "" : ", " + round.latency().failures() + " FAILED");
        }
        System.out.printf("appends, %s (%d clients): %,.0f entries/s; per request %s%n",
                batch == 1 ? "1 entry per request" : "batches of " + batch, clients, count / seconds,
                new LatencySummary(requests, failures, seconds, all).line());
    }

    /** Request {@code r}'s body: one entry, or a batch of up to {@code batch} of the phase's entries. */
    private static String body(int first, int count, int batch, int r) {
        if (batch == 1) {
            return entry(first + r);
        }
        StringBuilder body = new StringBuilder("{\"entries\":[");
        for (int i = r * batch; i < Math.min(count, (r + 1) * batch); i++) {
            body.append(i == r * batch ? "" : ",").append(entry(first + i));
        }
        return body.append("]}").toString();
    }

    private static String entry(int n) {
        return "{\"type\":\"LISTING_SNAPSHOT\",\"content\":{\"listingId\":\"l-" + n + "\",\"title\":\"Valve caps for"
                + " BMW (M logo) no. " + n + "\",\"price\":{\"amount\":\"4.99\",\"currency\":\"EUR\"},\"units\":"
                + (n % 500) + ",\"sellerId\":\"s-bench\",\"url\":\"https://marketplace.example/l/" + n + "\"}}";
    }

    private void verify(String caseId, int entries) throws Exception {
        double[] millis = new double[VERIFICATIONS];
        get("/api/v1/cases/" + caseId + "/evidence/verification"); // warm-up
        for (int run = 0; run < VERIFICATIONS; run++) {
            long t0 = System.nanoTime();
            JsonNode result = get("/api/v1/cases/" + caseId + "/evidence/verification");
            millis[run] = (System.nanoTime() - t0) / 1e6;
            if (!result.get("valid").asBoolean() || result.get("entries").asInt() != entries) {
                throw new IllegalStateException("the ledger did not verify: " + result);
            }
            System.out.printf("  verification %d of %d: %,d entries valid in %.0f ms%n", run + 1, VERIFICATIONS,
                    entries, millis[run]);
        }
        Arrays.sort(millis);
        System.out.printf("verification of %,d entries: p50 %.0f ms (min %.0f ms, max %.0f ms, %d runs after one"
                + " warm-up)%n", entries, millis[VERIFICATIONS / 2], millis[0], millis[VERIFICATIONS - 1],
                VERIFICATIONS);
    }

    private void proofs(String what, int warmUp, int count, IntFunction<String> path) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            get(path.apply(i));
        }
        Histogram latencies = new Histogram(3);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            get(path.apply(i));
            latencies.recordValue(System.nanoTime() - t0);
        }
        LatencySummary summary = new LatencySummary(count, 0, (System.nanoTime() - started) / 1e9, latencies);
        System.out.printf("%s (1 client, %,d random after %,d warm-up): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms%n", what, count, warmUp, summary.percentileMillis(50), summary.percentileMillis(95),
                summary.percentileMillis(99), summary.percentileMillis(100));
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token);
    }
}
