package dev.ccp.devstack.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Raw HTTP against a running simulator, as a provider adapter would call it. */
final class SimulatorClient {
    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, HttpResponse<String> response, JsonNode body) {
        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        boolean replayed() {
            return header("Idempotent-Replayed").map("true"::equals).orElse(false);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PaymentSimulatorProcess simulator;
    private final Duration timeout;

    SimulatorClient(PaymentSimulatorProcess simulator) {
        this(simulator, Duration.ofSeconds(10));
    }

    SimulatorClient(PaymentSimulatorProcess simulator, Duration timeout) {
        this.simulator = simulator;
        this.timeout = timeout;
    }

    Reply refund(String idempotencyKey, Map<String, Object> body) throws IOException, InterruptedException {
        return post("/v1/refunds", body, "Bearer " + simulator.secretKey(), idempotencyKey);
    }

    Reply post(String path, Object body, String authorization, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    Reply get(String path) throws IOException, InterruptedException {
        return get(path, "Bearer " + simulator.secretKey());
    }

    Reply get(String path, String authorization) throws IOException, InterruptedException {
        return send(request(path, authorization).GET());
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).timeout(timeout);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.headers().firstValue("Content-Type").filter(type -> type.contains("json")).isPresent()
                ? JSON.readTree(response.body()) : MissingNode.getInstance();
        return new Reply(response.statusCode(), response, body);
    }

    static Map<String, Object> refundOf(String charge, long amount, String currency) {
        return Map.of("charge", charge, "amount", amount, "currency", currency, "reason", "counterfeit",
                "metadata", Map.of("takedown", "t-1"));
    }
}
