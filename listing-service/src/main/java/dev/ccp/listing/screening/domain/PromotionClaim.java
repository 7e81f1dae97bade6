package dev.ccp.listing.screening.domain;

/**
 * An off-platform post that links to the listing.
 *
 * @param claimedBrandId the brand the post claims, when the platform or the reporter named one; else null and
 *                       the caption is read for brand words
 */
public record PromotionClaim(String promotionId, String platform, String accountHandle, String claimedBrandId,
        String caption) {
}
