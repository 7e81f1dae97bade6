package dev.ccp.seller.account.application;

/**
 * Close an account, for a reason and the record behind it (a takedown, a case). Its JSON is what a retry with the
 * same Idempotency-Key must repeat exactly.
 */
public record CloseSeller(String sellerId, String reason, String reference) {
}
