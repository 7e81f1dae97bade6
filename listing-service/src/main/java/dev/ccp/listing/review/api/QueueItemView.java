package dev.ccp.listing.review.api;

import dev.ccp.listing.review.domain.QueuedItem;
import dev.ccp.listing.review.domain.ReviewPriority;
import java.time.Instant;

/**
 * A queued listing as staff see it: its place (priority and band), why it waits, since when, and who holds it.
 * After a claim or renewal, {@code leasedBy} is the caller and {@code leaseExpiresAt} when the lease ends.
 */
public record QueueItemView(String listingId, Instant leaseExpiresAt, String leasedBy, double priority, String band,
        int score, String status, int trustedFlaggers, Instant waitingSince) {

    static QueueItemView of(QueuedItem item, ReviewPriority priority) {
        return new QueueItemView(item.listingId(), item.leaseExpiresAt(), item.leasedBy(),
                Math.round(item.priority() * 100) / 100.0, priority.band(item.priority()), item.score(),
                item.status(), item.trustedFlaggers(), item.waitingSince());
    }
}
