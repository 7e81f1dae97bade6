package dev.ccp.takedown.refunds.application;

import java.util.UUID;

public class UnknownRefundException extends RuntimeException {
    public UnknownRefundException(UUID id) {
        super("no refund " + id);
    }
}
