package dev.ccp.listing.web;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Typed;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The real token parser, counting how often it is asked to verify a staff token: what core's verified-token
 * cache sits in front of. Typed so that it replaces only the parser the cache wraps, not the cache.
 */
@Alternative
@Priority(10)
@ApplicationScoped
@Typed(DefaultJWTParser.class)
public class CountingJwtParser extends DefaultJWTParser {
    private static final AtomicInteger CHECKS = new AtomicInteger();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        CHECKS.incrementAndGet();
        return super.parse(token);
    }

    /** Typed as the parser only, so tests read the count here rather than through the bean. */
    public static int checks() {
        return CHECKS.get();
    }
}
