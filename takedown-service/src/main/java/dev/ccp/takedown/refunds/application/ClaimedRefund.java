package dev.ccp.takedown.refunds.application;

import java.util.UUID;

/** A refund this replica holds the lease of, and the request to send for it. */
public record ClaimedRefund(UUID refundId, String orderId, ProviderRefund request) {
}
