package dev.ccp.listing.promotions.api;

import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.promotions.domain.Promotion;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A reported promotion and where each listing it links to stands now. */
public record PromotionView(String id, String platform, String postUrl, String accountHandle, String claimedBrandId,
        String caption, Instant postedAt, String reportedBy, Instant reportedAt, List<LinkedListing> listings) {

    public record LinkedListing(String listingId, ListingStatus status, Integer score) {
    }

    public static PromotionView of(Promotion p, Map<String, Listing> listings) {
        return new PromotionView(p.id, p.platform, p.postUrl, p.accountHandle, p.claimedBrandId, p.caption,
                p.postedAt, p.reportedBy, p.reportedAt, p.listingIds.stream().map(id -> {
                    Listing l = listings.get(id);
                    return new LinkedListing(id, l == null ? null : l.status, l == null ? null : l.score);
                }).toList());
    }
}
