package dev.ccp.core.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of staff bearer token checks (prefix {@code ccp.security}); issuer and audience are {@code mp.jwt.verify.*}. */
@ConfigMapping(prefix = "ccp.security")
public interface SecurityConfig {

    /**
     * How long a token, once its signature checked out, is trusted without checking again (never past its
     * {@code exp}). A key taken out of the configuration stops being honoured within this time.
     */
    @WithDefault("5m")
    Duration verifiedTokenTtl();

    /** Most tokens remembered per replica. */
    @WithDefault("10000")
    long verifiedTokens();
}
