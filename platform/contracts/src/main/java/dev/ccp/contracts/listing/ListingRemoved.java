package dev.ccp.contracts.listing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The listing was taken down (a takedown, a closed seller, staff): it is not live and screening no longer changes
 * it; only {@code listing.reinstated} brings it back.
 *
 * @param brandIds  the brands screening found evidence about; may be empty
 * @param reason    why, e.g. {@code COUNTERFEIT} or {@code SELLER_CLOSED}
 * @param reference the record behind it: a takedown id, or the id of the {@code seller.closed} event
 * @param actor     who removed it: the caller's token subject, or the service whose event caused it
 */
public record ListingRemoved(String listingId, String sellerId, List<String> brandIds, String reason,
        String reference, String actor, Instant removedAt) implements ListingEvent {
    public static final String TYPE = "listing.removed";

    public ListingRemoved {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(brandIds);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(removedAt, "removedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
