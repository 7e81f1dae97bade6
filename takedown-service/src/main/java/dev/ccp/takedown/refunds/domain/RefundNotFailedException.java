package dev.ccp.takedown.refunds.domain;

import java.util.UUID;

/** Only a failed refund can be retried by staff; a pending one is already being tried, an issued one is paid. */
public class RefundNotFailedException extends RuntimeException {
    public RefundNotFailedException(UUID id, RefundStatus status) {
        super("refund " + id + " is " + status + "; only a FAILED refund can be retried");
    }
}
