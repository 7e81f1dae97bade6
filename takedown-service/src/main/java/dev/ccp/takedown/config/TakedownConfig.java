package dev.ccp.takedown.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Every setting of takedown-service (prefix {@code takedown}), and the only place their defaults are written. */
@ConfigMapping(prefix = "takedown")
public interface TakedownConfig {

    Orders orders();

    Refunds refunds();

    interface Orders {
        /** Orders one import request may carry; a bigger batch is refused whole (413). */
        @WithDefault("1000")
        int maxImportSize();

    }

    interface Refunds {
        Provider provider();

        Retry retry();

        Declines declines();

        /**
         * How long a replica holds the refunds it is asking the provider about; another replica takes them over only
         * after that. Longer than a call can take (connect plus read timeout).
         */
        @WithDefault("60s")
        Duration lease();

        /** Refunds claimed in one go; a takedown with more is worked through batch by batch. */
        @WithDefault("100")
        int batchSize();
    }

    /** The payment provider's refund API. */
    interface Provider {
        @WithDefault("http://127.0.0.1:8090")
        URI url();

        /** The secret key, presented as a bearer token (env TAKEDOWN_REFUNDS_PROVIDER_API_KEY); never logged. */
        Optional<String> apiKey();

        @WithDefault("2s")
        Duration connectTimeout();

        /** A refund whose answer takes longer has an unknown outcome, settled later under the same key. */
        @WithDefault("10s")
        Duration readTimeout();

        /** Provider calls in flight at once per advance. */
        @WithDefault("8")
        int concurrency();
    }

    /** Transient failures (5xx, timeouts, refused connections): tried again, each wait twice the last. */
    interface Retry {
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("10m")
        Duration maxBackoff();
    }

    /** Declined refunds: tried again (under a new idempotency key) up to max-attempts declines, then left to staff. */
    interface Declines {
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("1h")
        Duration retryDelay();
    }
}
