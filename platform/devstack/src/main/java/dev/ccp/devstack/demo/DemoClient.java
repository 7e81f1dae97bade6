package dev.ccp.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.devstack.jwt.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The demo's HTTP calls, each with a fresh local token for the role that would make it. */
final class DemoClient {
    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final DevTokens tokens;
    private final ServiceAddresses at;

    DemoClient(DevTokens tokens, ServiceAddresses at) {
        this.tokens = tokens;
        this.at = at;
    }

    ServiceAddresses at() {
        return at;
    }

    /** POSTs as {@code role}; anything but {@code expected} stops the demo with the service's answer. */
    JsonNode post(String url, Object body, String role, String idempotencyKey, int expected)
            throws IOException, InterruptedException {
        Answer answer = send(url, body, Map.of("Authorization", "Bearer " + staffToken(role)), idempotencyKey);
        return expect(url, answer, expected);
    }

    /** POSTs with the given headers (a partner's key or token) and answers whatever came back. */
    Answer send(String url, Object body, Map<String, String> headers, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return answer(request.build());
    }

    Answer get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return answer(request.build());
    }

    Answer get(String url, String role) throws IOException, InterruptedException {
        return get(url, Map.of("Authorization", "Bearer " + staffToken(role)));
    }

    /** GETs as {@code role} and answers the body as text (NDJSON, CSV); anything but 200 stops the demo. */
    String text(String url, String role, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET()
                .header("Authorization", "Bearer " + staffToken(role)).header("Accept", accept).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    String token(String role) {
        return staffToken(role);
    }

    private String staffToken(String role) {
        return tokens.mint("demo-" + role, Duration.ofMinutes(5), role);
    }

    private Answer answer(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? JSON.createObjectNode()
                : JSON.readTree(response.body()));
    }

    private static JsonNode expect(String url, Answer answer, int expected) {
        if (answer.status() != expected) {
            throw new IllegalStateException("POST " + url + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}
