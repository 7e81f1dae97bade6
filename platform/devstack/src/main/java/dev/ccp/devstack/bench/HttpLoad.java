package dev.ccp.devstack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Sends N JSON POSTs from C concurrent clients and reports throughput and latency percentiles. */
final class HttpLoad {

    record Result(int requests, int failures, double seconds, long[] latenciesNanos, Map<String, Integer> outcomes) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }

        String summary() {
            return String.format("%,d requests in %.1f s: %,.0f/s, p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms%s", requests, seconds, perSecond(), percentileMillis(50), percentileMillis(90),
                    percentileMillis(95), percentileMillis(99), percentileMillis(100),
                    failures == 0 ? "" : ", " + failures + " FAILED");
        }
    }

    // HTTP/1.1 as marketplace back-ends speak it; the JDK client's default h2c upgrade costs both sides framing.
    // -Dbench.http=2 measures HTTP/2 instead.
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version("2".equals(System.getProperty("bench.http")) ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1).build();
    private final String token;

    HttpLoad(String token) {
        this.token = token;
    }

    /**
     * @param body    the request body of the i-th request
     * @param outcome what to count of a 2xx answer's body (e.g. its status field), or null
     */
    Result post(String url, int requests, int clients, IntFunction<String> body, Function<String, String> outcome)
            throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        if (response.statusCode() / 100 != 2) {
                            failures.incrementAndGet();
                        } else if (outcome != null) {
                            outcomes.merge(outcome.apply(response.body()), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - t0;
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new Result(requests, failures.get(), (System.nanoTime() - started) / 1e9, latencies, outcomes);
    }
}
