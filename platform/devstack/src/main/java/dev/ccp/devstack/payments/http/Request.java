package dev.ccp.devstack.payments.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The parts of an HTTP request the routes read. */
record Request(String method, String path, Map<String, String> query, Headers headers, byte[] body) {
    private static final int MAX_BODY = 64 * 1024;

    static Request read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new ApiException(413, "body_too_large", null, "the body exceeds " + MAX_BODY + " bytes");
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                query(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(), body);
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    /** The JSON object in the body; a declared content type other than JSON is refused. */
    JsonNode json() {
        Optional<String> type = header("Content-Type");
        if (type.isPresent() && !type.get().toLowerCase(java.util.Locale.ROOT).startsWith(Answer.JSON)) {
            throw new ApiException(415, "unsupported_media_type", null, "send the body as " + Answer.JSON);
        }
        return Json.read(body);
    }

    /** The id after {@code base + "/"}, or empty when the path is {@code base} itself. */
    Optional<String> idAfter(String base) {
        if (path.equals(base) || path.equals(base + "/")) {
            return Optional.empty();
        }
        if (!path.startsWith(base + "/") || path.indexOf('/', base.length() + 1) >= 0) {
            throw ApiException.notFound("no such endpoint: " + path);
        }
        return Optional.of(URLDecoder.decode(path.substring(base.length() + 1), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }
}
