package dev.ccp.contracts.listing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A moderator decided the listing (every verdict, whatever it changed): it has left the review queue. A
 * COUNTERFEIT verdict is also announced as {@code listing.counterfeit-confirmed}, which takedown acts on.
 *
 * @param verdict          {@code COUNTERFEIT}, {@code OTHER_INFRINGEMENT} or {@code NOT_INFRINGING}
 * @param infringementType for {@code OTHER_INFRINGEMENT} only: {@code TRADEMARK_OTHER}, {@code COPYRIGHT},
 *                         {@code DESIGN} or {@code PATENT}; otherwise null
 * @param decidedBy        the moderator's token subject
 * @param statusBefore     the listing's status before the verdict ({@code PUBLISHED}, {@code HELD}, ...)
 * @param statusAfter      and after it
 */
public record ListingReviewed(String listingId, String sellerId, List<String> brandIds, String verdict,
        String infringementType, String note, String decidedBy, String statusBefore, String statusAfter, int score,
        Instant decidedAt) implements ListingEvent {
    public static final String TYPE = "listing.reviewed";

    public ListingReviewed {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(brandIds);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(statusBefore, "statusBefore");
        Objects.requireNonNull(statusAfter, "statusAfter");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
