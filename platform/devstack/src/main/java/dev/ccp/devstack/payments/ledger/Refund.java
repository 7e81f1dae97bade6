package dev.ccp.devstack.payments.ledger;

import java.time.Instant;
import java.util.Map;

/** A refund the provider made or declined; never changes once made. */
public record Refund(String id, String charge, long amount, String currency, String reason,
        Map<String, String> metadata, RefundStatus status, String failureReason, Instant created) {
}
