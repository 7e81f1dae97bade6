package dev.ccp.listing.config;

import dev.ccp.listing.screening.domain.ScreeningRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The screening rules this deployment runs with: {@code listing.screening.rules.*} over the defaults. A rule name
 * that does not exist fails start-up (the mapping has no room for it: "does not map to any root"), so a typo in a
 * deployment's configuration never silently keeps the default.
 */
@ApplicationScoped
public class ConfiguredScreeningRules {

    @Produces
    @Singleton
    ScreeningRules screeningRules(ListingConfig config) {
        return of(config.screening().rules());
    }

    static ScreeningRules of(ListingConfig.Screening.Rules r) {
        return new ScreeningRules(r.heldFrom(), r.blockedFrom(), r.brandPlain(), r.brandPlainResale(),
                r.brandDisguised(), r.brandTypo(), r.farBelowFloor(), r.priceFarBelowFloor(), r.belowFloor(),
                r.priceBelowFloor(), r.signatureTerms(), r.replicaVocabulary(), r.imageHamming(),
                r.imageNearReference(), r.imageOfNamedBrand(), r.brandWordElsewhere(), r.unauthorisedStock(),
                r.stockQuantity(), r.relistHamming(), r.relisted(), r.relistedPartly(), r.promotedAsUnnamedBrand(),
                r.promotedAsNamedBrand(), r.promotedAsDupe(), r.sellerNotVerified(), r.sellerSuspended(),
                r.sellerBarred(), r.sellerVerifiedWithRisk(), r.reportedByBrand(), r.replicaPhrases(),
                r.nominativeCues(), r.resaleWords(), r.promotionDupePhrases(), r.brandSoundAlike(),
                r.replicaVocabularyAlone(), r.nominativeFillers(), r.nominativeNegations(), r.nominativeAfter(),
                r.nominativePrepositions(), r.resaleProof());
    }
}
