package dev.ccp.listing.listings.application;

/**
 * Take a listing down, for a reason and the record behind it (a takedown). Its JSON is what a retry with the same
 * Idempotency-Key must repeat exactly.
 */
public record RemoveListing(String listingId, String reason, String reference) {
}
