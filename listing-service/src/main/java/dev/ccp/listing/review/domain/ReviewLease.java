package dev.ccp.listing.review.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A moderator's hold on a queued listing until {@code expiresAt}; past it, the listing is nobody's. */
@Entity
@Table(name = "review_lease")
public class ReviewLease {
    @Id
    public String listingId;
    public String moderator;
    public Instant claimedAt;
    public Instant expiresAt;

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public boolean heldBy(String who, Instant now) {
        return !expired(now) && moderator.equals(who);
    }
}
