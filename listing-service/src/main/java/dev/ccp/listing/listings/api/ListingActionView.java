package dev.ccp.listing.listings.api;

import dev.ccp.listing.listings.domain.ListingAction;
import dev.ccp.listing.listings.domain.ListingStatus;
import java.time.Instant;

/** One removal or reinstatement in a listing's audit trail. */
public record ListingActionView(ListingAction.Kind action, String reason, String reference, String actor,
        Instant at, ListingStatus statusBefore, ListingStatus statusAfter) {

    public static ListingActionView of(ListingAction a) {
        return new ListingActionView(a.action, a.reason, a.reference, a.actor, a.actedAt, a.statusBefore,
                a.statusAfter);
    }
}
