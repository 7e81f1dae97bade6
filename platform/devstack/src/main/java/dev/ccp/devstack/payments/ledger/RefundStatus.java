package dev.ccp.devstack.payments.ledger;

import java.util.Locale;

/** Both are final: a declined refund is the answer for its idempotency key, never retried by the provider. */
public enum RefundStatus {
    SUCCEEDED, DECLINED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
