package dev.ccp.listing.promotions.application;

import java.time.Instant;
import java.util.List;

/**
 * An off-platform post to file as evidence about the listings it links to, validated at the API edge.
 *
 * @param claimedBrand the brand the post claims: a brand id, key or name; null if none
 */
public record ReportPromotion(String platform, String postUrl, String accountHandle, String claimedBrand,
        String caption, List<String> listingIds, Instant postedAt) {
    public ReportPromotion {
        listingIds = List.copyOf(listingIds);
    }
}
