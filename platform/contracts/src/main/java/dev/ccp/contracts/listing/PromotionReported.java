package dev.ccp.contracts.listing;

import dev.ccp.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An off-platform post promoting listings was reported; kept as evidence (the account behind it is a potential
 * defendant).
 *
 * @param claimedBrandId the brand the post claims (from the platform or read from the caption), or null
 * @param reportedBy     who filed it: a staff member, or {@code brand:<id>} for a brand partner
 */
public record PromotionReported(String promotionId, String platform, String postUrl, String accountHandle,
        String claimedBrandId, String caption, List<String> listingIds, Instant postedAt, String reportedBy,
        Instant reportedAt) implements DomainEvent {
    public static final String TYPE = "promotion.reported";

    public PromotionReported {
        Objects.requireNonNull(promotionId, "promotionId");
        Objects.requireNonNull(platform, "platform");
        listingIds = List.copyOf(listingIds);
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return promotionId;
    }
}
