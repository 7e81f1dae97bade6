package dev.ccp.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {
    private static final String ISSUER = "https://ccp.local/test";
    private final KeyPair keys = rsa();
    private final AtomicInteger checks = new AtomicInteger();
    private final DefaultJWTParser parser = new DefaultJWTParser(new JWTAuthContextInfo(keys.getPublic(), ISSUER)) {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
            checks.incrementAndGet();
            return super.parse(token);
        }
    };
    private final VerifiedTokenCache cache = new VerifiedTokenCache(parser, new SecurityConfig() {
        @Override
        public Duration verifiedTokenTtl() {
            return Duration.ofMinutes(5);
        }

        @Override
        public long verifiedTokens() {
            return 100;
        }
    });

    @Test
    void aTokenUsedAgainIsNotVerifiedAgain() throws Exception {
        String token = sign(keys, 600);
        JsonWebToken first = cache.parse(token);
        JsonWebToken again = cache.parse(token);
        assertThat(again.getGroups()).containsExactly("marketplace");
        assertThat(again.getSubject()).isEqualTo(first.getSubject());
        assertThat(checks).hasValue(1);
    }

    @Test
    void aForgedTokenIsCheckedAndRefusedWhateverWasVerifiedBefore() throws Exception {
        cache.parse(sign(keys, 600));
        String forged = sign(rsa(), 600);
        assertThatThrownBy(() -> cache.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse(forged)).as("a failure is never remembered").isInstanceOf(ParseException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void aTokenPastItsExpiryIsVerifiedEachTimeNotServedFromMemory() throws Exception {
        String expired = sign(keys, -30); // within the parser's clock-skew allowance, so the parser still accepts it
        cache.parse(expired);
        cache.parse(expired);
        assertThat(checks).hasValue(2);
    }

    private static String sign(KeyPair keys, int expiresInSeconds) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject("marketplace-backend");
        claims.setIssuedAt(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 120));
        claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + expiresInSeconds));
        claims.setStringListClaim("groups", List.of("marketplace"));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
