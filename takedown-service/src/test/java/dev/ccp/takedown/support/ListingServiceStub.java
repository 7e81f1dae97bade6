package dev.ccp.takedown.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * listing-service's brand and listing reads over real HTTP, answering by id so tests need no shared state: brand
 * {@code down-*} answers 503, {@code gone-*} 404, any other brand {@code "Brand <id>"} with one EUIPO registration;
 * every listing was created on {@link #LISTED_AT}. A call without a bearer JWT gets 401.
 */
public class ListingServiceStub implements QuarkusTestResourceLifecycleManager {
    /** A bearer token from the token endpoint (a JWT, "eyJ..."): the stub does not verify it, it only wants one. */
    private static final String BEARER_JWT = "Bearer eyJ";
    public static final String LISTED_AT = "2026-01-15T09:30:00Z";
    private HttpServer server;

    public static String nameOf(String brandId) {
        return "Brand " + brandId;
    }

    public static String registrationOf(String brandId) {
        return "EUIPO 0" + Math.abs(brandId.hashCode());
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the listing-service stub", e);
        }
        server.createContext("/api/v1/brands/", exchange -> answer(exchange, brand(last(exchange))));
        server.createContext("/api/v1/listings/", exchange -> answer(exchange, listing(last(exchange))));
        server.start();
        return Map.of("quarkus.rest-client.\"dev.ccp.client.listing.api.BrandsApi\".url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private record Answer(int status, String body) {
    }

    private static Answer brand(String id) {
        if (id.startsWith("down-")) {
            return new Answer(503, "{\"title\":\"Service unavailable\",\"status\":503}");
        }
        if (id.startsWith("gone-")) {
            return new Answer(404, "{\"title\":\"Not found\",\"status\":404}");
        }
        return new Answer(200, """
                {"id": "%s", "key": "k", "name": "%s", "aliases": [], "protectedTerms": [],
                 "trademarks": [{"office": "EUIPO", "registrationNumber": "%s", "classes": [25]}],
                 "products": [], "authorizedSellers": ["seller-authorised"], "selfServiceRemoval": false,
                 "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-01T00:00:00Z"}
                """.formatted(id, nameOf(id), registrationOf(id).substring("EUIPO ".length())));
    }

    private static Answer listing(String id) {
        return new Answer(200, """
                {"id": "%s", "sellerId": "someone", "status": "REMOVED", "title": "t", "quantity": 1,
                 "createdAt": "%s", "updatedAt": "%s"}
                """.formatted(id, LISTED_AT, LISTED_AT));
    }

    private static String last(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Answer sent = authorization != null && authorization.startsWith(BEARER_JWT) ? answer
                : new Answer(401, "{\"title\":\"Unauthorized\",\"status\":401}");
        byte[] body = sent.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(sent.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
