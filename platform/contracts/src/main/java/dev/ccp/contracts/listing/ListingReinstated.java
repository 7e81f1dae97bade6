package dev.ccp.contracts.listing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A removed listing is back (e.g. an appeal was granted) in the status screening gives it: the one it had before
 * the removal, screened again on today's evidence. No {@code listing.published|held|blocked} accompanies it.
 *
 * @param status    {@code PUBLISHED} (live again), {@code HELD} or {@code BLOCKED}
 * @param reason    why, e.g. {@code APPEAL_GRANTED}
 * @param reference the record behind it, e.g. the appeal or takedown id
 * @param actor     who reinstated it: the caller's token subject
 */
public record ListingReinstated(String listingId, String sellerId, List<String> brandIds, String status,
        String reason, String reference, String actor, Instant reinstatedAt) implements ListingEvent {
    public static final String TYPE = "listing.reinstated";

    public ListingReinstated {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(brandIds);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reinstatedAt, "reinstatedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
