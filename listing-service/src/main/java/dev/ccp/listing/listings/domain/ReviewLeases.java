package dev.ccp.listing.listings.domain;

import java.time.Instant;
import java.util.Optional;

/** The moderators' leases on queued listings (kept by the review feature), as a verdict needs them. */
public interface ReviewLeases {
    /**
     * Ends the lease on the listing because {@code moderator} decides it, in the caller's transaction. Refuses (409)
     * when another moderator holds an unexpired lease on it.
     *
     * @return when the moderator claimed it, or empty when nobody held it
     */
    Optional<Instant> settle(String listingId, String moderator);
}
