package dev.ccp.devstack.payments.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Checks {@code Authorization: Bearer <secret key>}; keeps only the key's hash and compares in constant time. */
public final class Authentication {
    private final byte[] keyHash;

    public Authentication(String secretKey) {
        this.keyHash = sha256(secretKey);
    }

    /** Empty when the caller presented the secret key; otherwise the 401 to answer. */
    Optional<Answer> refusal(Optional<String> authorization) {
        if (authorization.isEmpty() || !authorization.get().startsWith("Bearer ")) {
            return Optional.of(unauthorized("missing_api_key",
                    "send the secret key as Authorization: Bearer <secret key>"));
        }
        byte[] presented = sha256(authorization.get().substring("Bearer ".length()).trim());
        if (!MessageDigest.isEqual(presented, keyHash)) {
            return Optional.of(unauthorized("invalid_api_key", "the secret key is not valid"));
        }
        return Optional.empty();
    }

    private static Answer unauthorized(String code, String detail) {
        return Answer.problem(401, code, null, detail).withHeader("WWW-Authenticate", "Bearer realm=\"payments\"");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
