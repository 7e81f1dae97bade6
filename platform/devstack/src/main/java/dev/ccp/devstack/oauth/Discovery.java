package dev.ccp.devstack.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ccp.devstack.jwt.DevTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata an OAuth client or a token verifier discovers: {@code /.well-known/openid-configuration} (token
 * endpoint, grant and client authentication methods) and the local public key as a JWK set.
 */
final class Discovery implements HttpHandler {
    static final String WELL_KNOWN = "/.well-known/openid-configuration";
    static final String JWKS = "/oauth2/jwks";

    private final Map<String, Object> jwks;
    private final int port;

    Discovery(Path publicKey, int port) {
        this.jwks = Map.of("keys", List.of(jwk(publicKey)));
        this.port = port;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Replies.send(exchange, 405, Map.of("error", "invalid_request"), false);
        } else if (path.equals(WELL_KNOWN)) {
            Replies.send(exchange, 200, configuration(), false);
        } else if (path.equals(JWKS)) {
            Replies.send(exchange, 200, jwks, false);
        } else {
            Replies.send(exchange, 404, Map.of("error", "not_found"), false);
        }
    }

    private Map<String, Object> configuration() {
        String base = "http://127.0.0.1:" + port;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", DevTokens.ISSUER);
        doc.put("token_endpoint", base + TokenEndpoint.PATH);
        doc.put("jwks_uri", base + JWKS);
        doc.put("grant_types_supported", List.of("client_credentials"));
        doc.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        doc.put("response_types_supported", List.of("token"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return doc;
    }

    private static Map<String, Object> jwk(Path publicKey) {
        try {
            String base64 = Files.readString(publicKey).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            Map<String, Object> jwk = new LinkedHashMap<>();
            jwk.put("kty", "RSA");
            jwk.put("use", "sig");
            jwk.put("alg", "RS256");
            jwk.put("kid", DevTokens.KEY_ID);
            jwk.put("n", url.encodeToString(unsigned(key.getModulus().toByteArray())));
            jwk.put("e", url.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
            return jwk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JWK integers are unsigned big-endian: without the sign byte BigInteger may add. */
    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
