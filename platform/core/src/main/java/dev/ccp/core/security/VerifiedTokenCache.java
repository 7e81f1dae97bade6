package dev.ccp.core.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens already verified, so that a marketplace back-end or a service calling with the same token
 * thousands of times a second pays for the RS256 check once. A remembered token is reused only until its
 * {@code exp}, and at most {@code ccp.security.verified-token-ttl} after its check (a key taken out of the
 * configuration stops being honoured within that time); a token that fails is never remembered. Tokens checked
 * against an explicitly given key (partner tokens) go straight to the parser. Expiry is judged on the system clock,
 * as the parser judges it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {
    private final DefaultJWTParser parser;
    private final Cache<String, JsonWebToken> verified;

    VerifiedTokenCache(DefaultJWTParser parser, SecurityConfig config) {
        this.parser = parser;
        this.verified = Caffeine.newBuilder().maximumSize(config.verifiedTokens())
                .expireAfter(untilExpiryAtMost(config.verifiedTokenTtl())).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && Instant.ofEpochSecond(known.getExpirationTime()).isAfter(Instant.now())) {
            return known;
        }
        JsonWebToken fresh = parser.parse(token);
        if (fresh.getExpirationTime() > 0) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    private Expiry<String, JsonWebToken> untilExpiryAtMost(Duration ttl) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
                Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(jwt.getExpirationTime()));
                return Math.max(0, Math.min(left.toNanos(), ttl.toNanos()));
            }

            @Override
            public long expireAfterUpdate(String token, JsonWebToken jwt, long now, long currentDuration) {
                return expireAfterCreate(token, jwt, now);
            }

            @Override
            public long expireAfterRead(String token, JsonWebToken jwt, long now, long currentDuration) {
                return currentDuration;
            }
        };
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
