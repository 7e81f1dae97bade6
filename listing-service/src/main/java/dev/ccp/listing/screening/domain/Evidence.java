package dev.ccp.listing.screening.domain;

import java.util.List;

/** What screening knows beyond the listing itself: its seller's standing and the posts that promote it. */
public record Evidence(SellerStanding seller, List<PromotionClaim> promotions) {
    public Evidence {
        promotions = List.copyOf(promotions);
    }

    /** A verified seller and no promotions. */
    public static Evidence none() {
        return new Evidence(SellerStanding.VERIFIED, List.of());
    }
}
