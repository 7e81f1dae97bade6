package dev.ccp.contracts.listing;

import dev.ccp.contracts.DomainEvent;

/** What listing-service tells the others about listings, on {@code listings.v1}. */
public sealed interface ListingEvent extends DomainEvent
        permits ListingPublished, ListingHeld, ListingBlocked, ListingCounterfeitConfirmed, ListingRemoved,
        ListingReinstated, ListingReviewed {

    String listingId();

    @Override
    default String aggregateId() {
        return listingId();
    }
}
