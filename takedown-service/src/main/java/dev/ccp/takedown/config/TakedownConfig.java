package dev.ccp.takedown.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Every setting of takedown-service (prefix {@code takedown}), and the only place their defaults are written. */
@ConfigMapping(prefix = "takedown")
public interface TakedownConfig {

    Orders orders();

    Runner runner();

    Steps steps();

    AccountPolicy accountPolicy();

    /**
     * The bearer token this service shows listing-service and seller-service (role {@code service}); empty sends
     * none. A stand-in until the client-credentials flow.
     */
    Optional<String> serviceToken();

    interface Orders {
        /** Orders one import request may carry; a bigger batch is refused whole (413). */
        @WithDefault("1000")
        int maxImportSize();

    }

    interface Runner {
        /** Whether this instance runs takedown steps by itself (on a timer, and as soon as a takedown opens). */
        @WithDefault("true")
        boolean enabled();

        /** How often the runner looks for due takedowns (also read by the {@code @Scheduled} trigger). */
        @WithDefault("5s")
        Duration interval();

        /** Takedowns one pass claims at most. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a claim holds a takedown: a runner that dies leaves it to the others once this has passed. Longer
         * than the slowest step (the peers' timeouts are a few seconds).
         */
        @WithDefault("2m")
        Duration lease();
    }

    interface Steps {
        /** The wait after a step's first transient failure. */
        @WithDefault("2s")
        Duration backoffBase();

        /** Each further failure multiplies the wait by this. */
        @WithDefault("2.0")
        double backoffFactor();

        /** No wait is longer than this. */
        @WithDefault("10m")
        Duration backoffCap();

        /** Transient failures of one step before it gives up and the takedown needs attention. */
        @WithDefault("50")
        int maxAttempts();
    }

    interface AccountPolicy {
        /** A confirmed counterfeit of a registered brand closes the account at once (zero tolerance). */
        @WithDefault("true")
        boolean closeOnRegisteredBrand();

        /** Strikes within the window that close the account. */
        @WithDefault("3")
        int strikesToClose();

        /** How far back strikes count. */
        @WithDefault("P365D")
        Duration window();
    }
}
