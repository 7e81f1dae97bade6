package dev.ccp.listing.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code listing.review.*}: how long a moderator's lease lasts and how the queue orders its items. An item's
 * priority is {@code score-weight × risk score + trusted-flagger-weight × trusted flaggers reporting it +
 * ageing-per-hour × hours waiting}; the highest goes first (docs/review-queue.md).
 */
public interface ReviewSettings {
    /** A claim's lease; a renewal extends it by as much from the time of the renewal. */
    @WithDefault("10m")
    Duration leaseDuration();

    Priority priority();

    Bands bands();

    /** How often the queue's gauges (depth by band, oldest item) are read from the database. */
    @WithDefault("15s")
    Duration metricsInterval();

    interface Priority {
        /** Per point of risk score (0 to 100). */
        @WithDefault("1.0")
        double scoreWeight();

        /** Per distinct trusted flagger that reported the listing (DSA Art. 22: their notices first). */
        @WithDefault("50.0")
        double trustedFlaggerWeight();

        /** Per hour the item has waited: whatever its score, an item overtakes a fresh one in time. */
        @WithDefault("2.0")
        double ageingPerHour();
    }

    /** Priority bands the depth gauge counts: {@code high} from this priority, {@code medium} from that. */
    interface Bands {
        @WithDefault("100")
        double highFrom();

        @WithDefault("50")
        double mediumFrom();
    }
}
