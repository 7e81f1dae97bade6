package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A confirmed counterfeit opened a takedown of the listing: one per listing, whatever the number of confirmations.
 *
 * @param unitsListed        the stock the listing offered when it was judged: what will be held for destruction
 * @param automatedDetection whether automated screening flagged the listing (signals were present)
 * @param confirmationId     the id of the {@code listing.counterfeit-confirmed} event that opened it
 */
public record TakedownOpened(String takedownId, String listingId, String sellerId, List<String> brandIds,
        int unitsListed, boolean automatedDetection, String decidedBy, Instant decidedAt, String confirmationId,
        Instant openedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.opened";

    public TakedownOpened {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(brandIds);
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(confirmationId, "confirmationId");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
