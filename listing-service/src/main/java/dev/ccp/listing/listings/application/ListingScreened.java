package dev.ccp.listing.listings.application;

import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.listing.screening.domain.Evidence;
import dev.ccp.listing.screening.domain.ListingScreener.Screening;
import dev.ccp.listing.screening.domain.ListingText;

/**
 * A listing was just screened with the active rules (a CDI event, fired in the screening's transaction): what was
 * screened, on what evidence, and what came out, whether or not the listing's status then changed.
 */
public record ListingScreened(String listingId, ScreeningCause cause, ListingText text, Evidence evidence,
        Screening screening) {
}
