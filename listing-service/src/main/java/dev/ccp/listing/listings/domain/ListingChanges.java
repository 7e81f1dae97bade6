package dev.ccp.listing.listings.domain;

import java.util.Collection;

/**
 * Told, inside the transaction that made it, of listings whose status or verdict just changed (a screening, a
 * verdict, a removal or reinstatement), so that what follows them (the items of brands' violation reports, kept
 * by the reports feature) can tell their owners.
 */
public interface ListingChanges {
    void changed(Collection<Listing> listings);
}
