package dev.ccp.listing.listings.domain;

/** PUBLISHED is live; HELD waits for a moderator; BLOCKED is refused; REMOVED was taken down after it was live. */
public enum ListingStatus { PUBLISHED, HELD, BLOCKED, REMOVED }
