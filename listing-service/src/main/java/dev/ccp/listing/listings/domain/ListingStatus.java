package dev.ccp.listing.listings.domain;

/**
 * PUBLISHED is live; HELD waits for a moderator; BLOCKED is refused; REMOVED was taken down (a takedown, its
 * seller's closure, staff) and stays so until it is reinstated.
 */
public enum ListingStatus { PUBLISHED, HELD, BLOCKED, REMOVED }
