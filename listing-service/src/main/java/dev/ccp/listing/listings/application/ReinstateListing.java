package dev.ccp.listing.listings.application;

/**
 * Bring a removed listing back, for a reason and the record behind it (a granted appeal). Its JSON is what a retry
 * with the same Idempotency-Key must repeat exactly.
 */
public record ReinstateListing(String listingId, String reason, String reference) {
}
