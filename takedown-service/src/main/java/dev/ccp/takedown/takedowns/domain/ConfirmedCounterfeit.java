package dev.ccp.takedown.takedowns.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a confirmation says that the takedown needs later: whose listing, which brands, the listing as judged
 * (title, brand, stock and price) and how the decision was reached.
 *
 * @param price              the snapshot's price as a decimal string; null when the snapshot had none
 * @param automatedDetection screening's signals were present
 * @param confirmationId     the confirming event's id
 */
public record ConfirmedCounterfeit(String listingId, String sellerId, List<String> brandIds, String title,
        String claimedBrand, int units, String price, String priceCurrency, int score, boolean automatedDetection,
        String decidedBy, Instant decidedAt, String confirmationId) {
    public ConfirmedCounterfeit {
        brandIds = List.copyOf(brandIds);
    }
}
