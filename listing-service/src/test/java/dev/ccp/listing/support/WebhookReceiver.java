package dev.ccp.listing.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A brand's webhook receiver for tests, on a free port of 127.0.0.1, that verifies what it gets exactly as Standard
 * Webhooks tells receivers to (written from the spec, not with the service's classes): all three headers present,
 * the timestamp within 5 minutes of now (else 400), a {@code v1,} signature among the space-separated ones that
 * matches HMAC-SHA256(base64-decoded key after {@code whsec_}, "id.timestamp.body") for one of the secrets it trusts
 * (else 401), and a webhook-id it has not accepted before (else 409: a replay). It can be told to answer the next
 * requests with given status codes before verifying anything (a failing or gone receiver).
 */
public final class WebhookReceiver implements AutoCloseable {
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** A request as it arrived, and what the receiver answered. */
    public record Received(Instant at, String id, String timestamp, String signature, String body, int answer) {
        public boolean accepted() {
            return answer / 100 == 2;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> scripted = new ArrayDeque<>();
    private final Set<String> acceptedIds = new HashSet<>();
    private volatile List<String> trusted = List.of();

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", this::handle);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The secrets a signature may be made with (a receiver rolling over a rotation trusts both). */
    public void trust(String... secrets) {
        trusted = List.of(secrets);
    }

    /** The next requests get these answers, whatever they carry. */
    public synchronized void answerNext(int... statusCodes) {
        for (int code : statusCodes) {
            scripted.add(code);
        }
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> accepted() {
        return received.stream().filter(Received::accepted).toList();
    }

    /** Sends a request to this receiver as a third party would (a replay, a forgery); answers its status. */
    public int send(String id, String timestamp, String signature, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).header("content-type", "application/json");
            if (id != null) {
                request.header("webhook-id", id);
            }
            if (timestamp != null) {
                request.header("webhook-timestamp", timestamp);
            }
            if (signature != null) {
                request.header("webhook-signature", signature);
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        int answer = answerFor(id, timestamp, signature, body);
        received.add(new Received(Instant.now(), id, timestamp, signature, body, answer));
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    private synchronized int answerFor(String id, String timestamp, String signature, String body) {
        if (!scripted.isEmpty()) {
            return scripted.poll();
        }
        if (id == null || timestamp == null || signature == null) {
            return 400;
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return 400;
        }
        if (Math.abs(Instant.now().getEpochSecond() - sentAt) > TOLERANCE.toSeconds()) {
            return 400; // too old or too new: a replay of a captured request, or a clock far off
        }
        boolean signed = trusted.stream().anyMatch(secret -> verifies(secret, id, timestamp, signature, body));
        if (!signed) {
            return 401;
        }
        if (!acceptedIds.add(id)) {
            return 409;
        }
        return 204;
    }

    /** Whether one of the header's {@code v1,} signatures was made with {@code secret}. */
    public static boolean verifies(String secret, String id, String timestamp, String signatureHeader, String body) {
        byte[] expected = sign(secret, id + "." + timestamp + "." + body);
        for (String entry : signatureHeader.split(" ")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
                continue; // another scheme's signature: not ours to check
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code v1,...} signature a sender holding {@code secret} makes. */
    public static String signature(String secret, String id, String timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(secret, id + "." + timestamp + "." + body));
    }

    private static byte[] sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many v1 signatures a header carries. */
    public static int signatureCount(String signatureHeader) {
        return (int) List.of(signatureHeader.split(" ")).stream().filter(s -> s.startsWith("v1,")).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A convenience for logs: what arrived, by answer. */
    public List<Integer> answers() {
        List<Integer> answers = new ArrayList<>();
        received.forEach(r -> answers.add(r.answer()));
        return answers;
    }
}
