package dev.ccp.devstack.payments.ledger;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a caller asks to refund. Two requests under one idempotency key are the same request exactly when
 * these values are equal (metadata compared as a map, whatever order its keys came in).
 */
public record RefundRequest(String charge, long amount, String currency, String reason,
        SortedMap<String, String> metadata) {
    public RefundRequest {
        metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
    }

    public RefundRequest(String charge, long amount, String currency, String reason, Map<String, String> metadata) {
        this(charge, amount, currency, reason, new TreeMap<>(metadata));
    }
}
