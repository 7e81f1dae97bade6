package dev.ccp.listing.screening.domain;

import java.util.List;

/**
 * What screening knows beyond the listing itself: its seller's standing, what verification found on the seller
 * (a risk score and reason codes from seller-service), and the posts that promote it.
 */
public record Evidence(SellerStanding seller, int sellerRisk, List<String> sellerRiskReasons,
        List<PromotionClaim> promotions, List<BrandReport> reports) {
    public Evidence {
        sellerRiskReasons = List.copyOf(sellerRiskReasons);
        promotions = List.copyOf(promotions);
        reports = List.copyOf(reports);
    }

    public Evidence(SellerStanding seller, List<PromotionClaim> promotions) {
        this(seller, 0, List.of(), promotions, List.of());
    }

    public Evidence(SellerStanding seller, int sellerRisk, List<String> sellerRiskReasons,
            List<PromotionClaim> promotions) {
        this(seller, sellerRisk, sellerRiskReasons, promotions, List.of());
    }

    /** A verified seller and no promotions. */
    public static Evidence none() {
        return new Evidence(SellerStanding.VERIFIED, List.of());
    }
}
