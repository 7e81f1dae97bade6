package dev.ccp.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/** Sends N JSON POSTs from C concurrent clients and reports throughput and latency percentiles. */
public final class HttpLoad {

    /** A phase's figures and, when asked for, the count of each outcome read from the 2xx answers. */
    public record Result(LatencySummary latency, Map<String, Integer> outcomes) {
        public double perSecond() {
            return latency.perSecond();
        }

        public double seconds() {
            return latency.seconds();
        }

        public String summary() {
            return latency.line();
        }
    }

    // HTTP/1.1 as marketplace back-ends speak it; the JDK client's default h2c upgrade costs both sides framing.
    // -Dbench.http=2 measures HTTP/2 instead.
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version("2".equals(System.getProperty("bench.http")) ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1).build();
    private final String token;

    public HttpLoad(String token) {
        this.token = token;
    }

    /**
     * @param body    the request body of the i-th request
     * @param outcome what to count of a 2xx answer's body (e.g. its status field), or null
     */
    public Result post(String url, int requests, int clients, IntFunction<String> body,
            Function<String, String> outcome) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<Histogram>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                Histogram latencies = new Histogram(3); // one per client: recording needs no synchronisation
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.recordValue(System.nanoTime() - t0);
                        if (response.statusCode() / 100 != 2) {
                            failures.incrementAndGet();
                        } else if (outcome != null) {
                            outcomes.merge(outcome.apply(response.body()), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        latencies.recordValue(System.nanoTime() - t0);
                        failures.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        Histogram all = new Histogram(3);
        for (Future<Histogram> f : running) {
            all.add(f.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(new LatencySummary(requests, failures.get(), seconds, all), outcomes);
    }
}
