package dev.ccp.devstack.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON answers of the token server; token answers and errors are never cached (RFC 6749 §5.1). */
final class Replies {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_BODY = 8 * 1024;

    private Replies() {
    }

    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw OAuthError.invalidRequest("the body exceeds " + MAX_BODY + " bytes");
            }
            return body;
        }
    }

    static void error(HttpExchange exchange, OAuthError error) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.code());
        body.put("error_description", error.getMessage());
        if (error.status() == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"ccp-devstack\"");
        }
        send(exchange, error.status(), body, true);
    }

    static void send(HttpExchange exchange, int status, Object body, boolean noStore) throws IOException {
        try (exchange) {
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (noStore) {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.getResponseHeaders().set("Pragma", "no-cache");
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
