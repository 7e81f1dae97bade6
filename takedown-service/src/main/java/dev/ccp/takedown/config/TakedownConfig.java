package dev.ccp.takedown.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Every setting of takedown-service (prefix {@code takedown}), and the only place their defaults are written. */
@ConfigMapping(prefix = "takedown")
public interface TakedownConfig {

    Orders orders();

    interface Orders {
        /** Orders one import request may carry; a bigger batch is refused whole (413). */
        @WithDefault("1000")
        int maxImportSize();

        /** Attempts for a feed record failing with an unexpected error before it goes to the dead-letter topic. */
        @WithDefault("5")
        int maxAttempts();

        /** First wait before a failed feed record is applied again; it doubles up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration retryBackoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }
}
