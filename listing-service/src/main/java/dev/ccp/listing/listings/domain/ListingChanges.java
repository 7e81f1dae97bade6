package dev.ccp.listing.listings.domain;

import java.util.Collection;

/**
 * Told once, just before the transaction that made the change commits, of every listing whose status or verdict
 * changed in it, whatever use case changed it (the persistence layer notices, so none has to remember to tell),
 * so that what follows listings (the items of brands' violation reports, kept by the reports feature) can tell
 * their owners.
 */
public interface ListingChanges {
    void changed(Collection<Listing> listings);
}
