package dev.ccp.listing.listings.domain;

import dev.ccp.listing.screening.domain.PromotionClaim;
import java.util.List;

/** The off-platform posts that promote a listing, as screening weighs them (kept by the promotions feature). */
public interface PromotionEvidence {
    List<PromotionClaim> claimsOn(String listingId);
}
