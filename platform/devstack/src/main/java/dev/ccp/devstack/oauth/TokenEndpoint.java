package dev.ccp.devstack.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ccp.devstack.jwt.DevTokens;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth2/token}: the client credentials grant (RFC 6749 §4.4). A registered client that
 * authenticates gets a bearer JWT signed with the local key, for the CCP API's audience, with its id as subject and
 * its registered roles in {@code groups}: the token the services trust from a staff member's identity provider.
 */
final class TokenEndpoint implements HttpHandler {
    static final String PATH = "/oauth2/token";

    private final ServiceClients clients;
    private final DevTokens tokens;
    private final Duration lifetime;

    TokenEndpoint(ServiceClients clients, DevTokens tokens, Duration lifetime) {
        this.clients = clients;
        this.tokens = tokens;
        this.lifetime = lifetime;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant received = Instant.now();
        String outcome;
        try {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                Replies.send(exchange, 404, Map.of("error", "not_found"), false);
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                throw new MethodNotAllowed();
            }
            TokenRequest request = TokenRequest.parse(header(exchange, "Content-Type"), Replies.body(exchange),
                    header(exchange, "Authorization"));
            String grant = request.params().get("grant_type");
            if (grant == null || grant.isEmpty()) {
                throw OAuthError.invalidRequest("grant_type is required");
            }
            ServiceClients.Client client = clients.authenticate(request.clientId(), request.clientSecret())
                    .orElseThrow(() -> OAuthError.invalidClient("unknown client or wrong secret"));
            if (!grant.equals("client_credentials")) {
                throw OAuthError.unsupportedGrantType("only client_credentials is granted here, not " + grant);
            }
            Replies.send(exchange, 200, answer(client), true);
            outcome = "200 issued to " + client.id();
        } catch (OAuthError e) {
            Replies.error(exchange, e);
            outcome = e.status() + " " + e.code();
        } catch (MethodNotAllowed e) {
            Replies.send(exchange, 405, Map.of("error", "invalid_request",
                    "error_description", "the token endpoint answers POST"), true);
            outcome = "405";
        }
        System.out.println(received + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + outcome + " " + java.time.Duration.between(received, Instant.now()).toMillis() + "ms");
    }

    private Map<String, Object> answer(ServiceClients.Client client) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.mint(client.id(), lifetime,
                client.roles().stream().sorted().toArray(String[]::new)));
        body.put("token_type", "Bearer");
        body.put("expires_in", lifetime.toSeconds());
        return body;
    }

    private static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    private static final class MethodNotAllowed extends RuntimeException {
        MethodNotAllowed() {
            super(null, null, false, false);
        }
    }
}
