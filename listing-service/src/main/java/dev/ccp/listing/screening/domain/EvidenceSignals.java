package dev.ccp.listing.screening.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Signals from outside the listing's own text: the posts that promote it, brands' reports, its seller's standing.
 */
final class EvidenceSignals {
    private final ScreeningRules rules;
    private final Map<String, BrandProfile> brands;
    private final BrandTermMatcher matcher;

    EvidenceSignals(ScreeningRules rules, Map<String, BrandProfile> brands, BrandTermMatcher matcher) {
        this.rules = rules;
        this.brands = brands;
        this.matcher = matcher;
    }

    /**
     * A post that sells the listing as a brand. When the listing does not name that brand, the post is the only
     * place the brand appears: the classic influencer scheme. A post that claims no brand says nothing.
     */
    java.util.Optional<Signal> promotion(PromotionClaim claim, ListingText listing, Set<String> named) {
        String caption = claim.caption() == null ? "" : claim.caption();
        String brandId = claim.claimedBrandId();
        if (brandId == null || !brands.containsKey(brandId)) {
            brandId = matcher.find(caption).stream().map(h -> h.term().brandId()).findFirst().orElse(null);
        }
        String who = claim.platform() + " post" + (claim.accountHandle() == null ? "" : " by " + claim.accountHandle());
        if (brandId == null) {
            return java.util.Optional.empty();
        }
        BrandProfile brand = brands.get(brandId);
        if (brand.authorizedSellers().contains(listing.sellerId())) {
            return java.util.Optional.of(new Signal("PROMOTED_AUTHORISED_STOCK", 0, "a " + who + " promotes it as "
                    + brand.name() + ", which the seller is authorised to sell", brandId));
        }
        Set<String> captionPhrases = new HashSet<>(Words.phrases(Words.of(caption), 4));
        String dupe = rules.promotionDupePhrases().stream().filter(captionPhrases::contains).findFirst().orElse(null);
        int weight = (named.contains(brandId) ? rules.promotedAsNamedBrand() : rules.promotedAsUnnamedBrand())
                + (dupe == null ? 0 : rules.promotedAsDupe());
        return java.util.Optional.of(new Signal(named.contains(brandId) ? "PROMOTED_AS_BRAND" : "PROMOTED_AS_UNNAMED_BRAND",
                weight, "a " + who + " promotes it as " + brand.name()
                        + (named.contains(brandId) ? "" : ", a brand the listing does not name")
                        + (dupe == null ? "" : ", and calls it \"" + dupe + "\""), brandId));
    }

    /** A brand's own report puts the listing in front of a moderator; the brand's word is not a verdict. */
    java.util.Optional<Signal> report(BrandReport report) {
        BrandProfile brand = brands.get(report.brandId());
        String name = brand == null ? "a brand" : brand.name();
        return java.util.Optional.of(new Signal("REPORTED_BY_BRAND", rules.reportedByBrand(), name + " reports it as "
                + report.type().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), report.brandId()));
    }

    java.util.Optional<Signal> seller(ListingText listing, Evidence evidence) {
        SellerStanding standing = evidence.seller();
        return switch (standing) {
            case VERIFIED -> evidence.sellerRisk() <= 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new Signal("SELLER_VERIFIED_WITH_RISK", rules.sellerVerifiedWithRisk(),
                            "seller " + listing.sellerId() + " was verified with a risk score of " + evidence.sellerRisk()
                                    + (evidence.sellerRiskReasons().isEmpty() ? ""
                                            : " (" + String.join(", ", evidence.sellerRiskReasons()) + ")")));
            case PENDING_REVIEW, UNKNOWN -> java.util.Optional.of(new Signal("SELLER_NOT_VERIFIED",
                    rules.sellerNotVerified(), "seller " + listing.sellerId() + (standing == SellerStanding.UNKNOWN
                            ? " is not known to be verified" : " is still under verification review")
                            + ": nothing is published before verification"));
            case SUSPENDED -> java.util.Optional.of(new Signal("SELLER_SUSPENDED", rules.sellerSuspended(),
                    "seller " + listing.sellerId() + " is suspended"));
            case REJECTED, CLOSED -> java.util.Optional.of(new Signal("SELLER_BARRED", rules.sellerBarred(),
                    "seller " + listing.sellerId() + " is " + standing.name().toLowerCase(java.util.Locale.ROOT)
                            + " and may not sell"));
        };
    }
}
