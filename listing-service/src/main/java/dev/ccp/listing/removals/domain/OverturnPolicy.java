package dev.ccp.listing.removals.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a brand loses self-service removal: at least {@code suspendFromPercent} of at least {@code minimumRemovals}
 * removals within {@code window} overturned. Removals from before the privilege was last granted do not count: a
 * brand staff trusted again starts afresh.
 */
public record OverturnPolicy(int suspendFromPercent, int minimumRemovals, Duration window) {

    /** The start of the window for a brand granted the privilege at {@code grantedAt} (null: unknown). */
    public Instant countFrom(Instant now, Instant grantedAt) {
        Instant windowStart = now.minus(window);
        return grantedAt != null && grantedAt.isAfter(windowStart) ? grantedAt : windowStart;
    }

    public static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) (part * 100 / whole);
    }

    public boolean suspends(long removals, long overturned) {
        return removals >= minimumRemovals && overturned * 100 >= (long) suspendFromPercent * removals;
    }
}
