package dev.ccp.core.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The partner edge's settings (prefix {@code ccp.partner}). They matter only in a service that implements
 * {@link PartnerKeys} (it issues partner tokens) or that sets {@code ccp.partner.token.public-key-location} (it
 * verifies the tokens another service issued); elsewhere nothing reads them.
 */
@ConfigMapping(prefix = "ccp.partner")
public interface PartnerConfig {

    Token token();

    Limits limits();

    /**
     * How long a replica trusts that a token's API key is still active before asking again. Revoking a key ends
     * its tokens on every replica within this time; at most 30 s, 0 asks on every request.
     */
    @WithDefault("10s")
    Duration keyStatusTtl();

    /**
     * The ingress's addresses or CIDR ranges, believed about the client's address in {@code X-Forwarded-For}.
     * Core's defaults set it to {@code quarkus.http.proxy.trusted-proxies}, so one setting serves both.
     */
    List<String> trustedProxies();

    interface Token {
        /** PKCS#8 PEM of the RSA key that signs partner tokens; without it a key is generated per process. */
        Optional<String> privateKeyLocation();

        /**
         * PEM X.509 public key of the service that issues partner tokens, for a service that only verifies them
         * (no {@link PartnerKeys} of its own). Ignored when {@code private-key-location} is set.
         */
        Optional<String> publicKeyLocation();

        @WithDefault("https://ccp.local/partner")
        String issuer();

        @WithDefault("15m")
        Duration lifetime();
    }

    /** Token buckets kept in each replica's memory (bursts up to the same number). */
    interface Limits {
        /** Partner API requests a minute per brand. */
        @WithDefault("1200")
        int requestsPerMinute();

        /** Successful token exchanges a minute per API key: junk traffic never spends it. */
        @WithDefault("300")
        int exchangesPerMinute();

        /**
         * Failed token exchanges a minute per client address, and separately per presented key id. An address
         * over it is refused without its keys being checked; a valid key from another address still works.
         */
        @WithDefault("30")
        int failedExchangesPerMinute();
    }
}
