package dev.ccp.devstack.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A token request as RFC 6749 reads it: form parameters, each at most once (§3.2), and the client's credentials
 * either as HTTP Basic (§2.3.1, id and secret form-encoded first) or as {@code client_id}/{@code client_secret}
 * parameters, never both.
 */
record TokenRequest(Map<String, String> params, String clientId, String clientSecret) {
    static final String FORM = "application/x-www-form-urlencoded";

    static TokenRequest parse(Optional<String> contentType, byte[] body, Optional<String> authorization) {
        if (contentType.isEmpty() || !contentType.get().toLowerCase(Locale.ROOT).startsWith(FORM)) {
            throw OAuthError.invalidRequest("send the parameters as " + FORM);
        }
        Map<String, String> params = form(new String(body, StandardCharsets.UTF_8));
        boolean inBody = params.containsKey("client_id") || params.containsKey("client_secret");
        if (authorization.isPresent()) {
            if (inBody) {
                throw OAuthError.invalidRequest("authenticate either with HTTP Basic or with client_id and "
                        + "client_secret, not both");
            }
            String[] basic = basic(authorization.get());
            return new TokenRequest(params, basic[0], basic[1]);
        }
        String id = params.get("client_id");
        String secret = params.get("client_secret");
        if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
            throw OAuthError.invalidClient("client authentication is required: HTTP Basic, or client_id and client_secret");
        }
        return new TokenRequest(params, id, secret);
    }

    private static String[] basic(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw OAuthError.invalidClient("only the Basic scheme authenticates a client here");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient("the Basic credentials are not Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw OAuthError.invalidClient("the Basic credentials are not client_id:client_secret");
        }
        return new String[] {decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))};
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (params.put(name, value) != null) {
                throw OAuthError.invalidRequest("the parameter " + name + " is repeated");
            }
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidRequest("the form is not properly encoded");
        }
    }
}
