package dev.ccp.listing.review.domain;

import java.time.Instant;

/**
 * A listing waiting for a moderator: HELD, or reported by a brand, with no verdict and not removed.
 *
 * @param status          the listing's status ({@code HELD}, or {@code PUBLISHED}/{@code BLOCKED} when only a
 *                        report put it here)
 * @param trustedFlaggers distinct trusted flaggers that reported it
 * @param waitingSince    when it was first held or reported, whichever came first
 * @param leasedBy        the moderator holding an unexpired lease on it, or null
 */
public record QueuedItem(String listingId, String status, int score, int trustedFlaggers, Instant waitingSince,
        double priority, String leasedBy, Instant leaseExpiresAt) {
}
