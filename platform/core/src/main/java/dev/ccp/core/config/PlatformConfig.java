package dev.ccp.core.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings every service shares (prefix {@code ccp}). */
@ConfigMapping(prefix = "ccp")
public interface PlatformConfig {

    /** The service's name; events carry {@code /<name>} as their CloudEvents source. */
    String serviceName();

    Outbox outbox();

    Inbox inbox();

    interface Outbox {
        /** The topic this service publishes its events to. */
        String topic();

        /** Whether this instance publishes; turn off to leave publishing to other replicas (events still wait). */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for unsent rows when nothing woke it. */
        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /**
         * How long the relay waits, once woken by a commit, for other transactions' events to gather into the same
         * round: one Kafka request and one update for many events instead of one each. Adds at most this much to
         * an event's delivery; 0 publishes each commit on its own.
         */
        @WithDefault("10ms")
        Duration linger();

        /** Longest back-off between attempts while the broker is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();

        /** How long published rows are kept for audit before they are purged. */
        @WithDefault("7d")
        Duration retention();
    }

    /**
     * How consumers retry (core's {@code EventConsumer}). A transient failure (database or network) is retried
     * until it succeeds, holding the record's partition; an unknown one gets {@link #maxAttempts()} attempts; a
     * malformed or refused event none.
     */
    interface Inbox {
        /** Attempts at an event failing with an unknown exception (a likely bug) before it goes to the DLQ. */
        @WithDefault("5")
        int maxAttempts();

        /** The first wait between attempts; each further wait doubles, up to {@link #maxBackoff()}. */
        @WithDefault("200ms")
        Duration retryBackoff();

        /** Longest wait between attempts at an event held by a transient failure. */
        @WithDefault("5s")
        Duration maxBackoff();

        /** How often a consumer held by a failing event logs that it still is (the first failure always logs). */
        @WithDefault("30s")
        Duration retryLogInterval();
    }
}
