package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The appeal was granted: the takedown is reversed. takedown-service then reinstates the listing (and the account,
 * when this takedown closed it) and releases the held stock; refunds already paid stay paid.
 *
 * @param overturnedRemovalBy the brand whose own removal (brand self-service) this overturns, for the brand's
 *                            overturn rate; null when the removal was a moderator's or screening's decision
 */
public record TakedownAppealGranted(String takedownId, String appealId, String listingId, String sellerId,
        List<String> brandIds, String overturnedRemovalBy, String decidedBy, String note, Instant decidedAt)
        implements TakedownEvent {
    public static final String TYPE = "takedown.appeal-granted";

    public TakedownAppealGranted {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(appealId, "appealId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(Objects.requireNonNull(brandIds, "brandIds"));
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
