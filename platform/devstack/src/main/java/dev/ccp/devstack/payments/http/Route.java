package dev.ccp.devstack.payments.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One endpoint family. Checks the secret key before anything else, turns refusals into problem answers, tags
 * every answer with a {@code Request-Id} and logs one line per request.
 */
abstract class Route implements HttpHandler {
    private static final SecureRandom IDS = new SecureRandom();

    private final Authentication authentication;
    protected final Counters counters;

    Route(Authentication authentication, Counters counters) {
        this.authentication = authentication;
        this.counters = counters;
    }

    protected abstract Answer answer(Request request);

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String requestId = newRequestId();
        Answer answer;
        try {
            Request request = Request.read(exchange);
            Optional<Answer> refused = authentication.refusal(request.header("Authorization"));
            if (refused.isPresent()) {
                counters.add(Counters.Counter.UNAUTHORIZED);
            }
            answer = refused.orElseGet(() -> answer(request));
        } catch (ApiException e) {
            answer = e.answer();
        } catch (RuntimeException e) {
            System.err.println(Instant.now() + " " + requestId + " failed: " + e);
            e.printStackTrace();
            answer = Answer.problem(500, "api_error", null, "an unexpected error occurred on the provider's side");
        }
        boolean sent = send(exchange, answer.withHeader("Request-Id", requestId));
        String key = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"))
                .map(k -> " key=" + k).orElse("");
        System.out.println(Instant.now() + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                + " " + answer.status() + " " + requestId + key + " " + (System.nanoTime() - started) / 1_000_000
                + "ms" + (sent ? "" : " (the client had gone)"));
    }

    static Answer methodNotAllowed(String allowed) {
        return Answer.problem(405, "method_not_allowed", null, "this endpoint answers " + allowed)
                .withHeader("Allow", allowed);
    }

    private static boolean send(HttpExchange exchange, Answer answer) {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
            return true;
        } catch (IOException clientGone) {
            // a client that timed out before a delayed answer: the refund stands, only the answer is lost
            return false;
        }
    }

    private static String newRequestId() {
        byte[] bytes = new byte[8];
        IDS.nextBytes(bytes);
        return "req_" + HexFormat.of().formatHex(bytes);
    }
}
