package dev.ccp.listing.listings.application;

import dev.ccp.listing.listings.domain.InfringementType;
import dev.ccp.listing.listings.domain.Verdict;
import java.util.Objects;

/**
 * A moderator's verdict with its note; OTHER_INFRINGEMENT names the right infringed, and only it does (checked by
 * {@link DecidingListing}, which answers a 400 naming {@code infringementType}).
 */
public record DecideListing(String listingId, Verdict verdict, InfringementType infringementType, String note) {
    public DecideListing {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(note, "note");
    }
}
