package dev.ccp.devstack.payments.http;

import dev.ccp.devstack.payments.ledger.Charge;
import dev.ccp.devstack.payments.ledger.Refund;
import java.util.List;
import java.util.Map;

/** The provider's JSON objects; every one names its {@code object} type, as providers' APIs do. */
final class Views {
    private Views() {
    }

    record ChargeView(String id, String object, long amount, String currency, long amountRefunded,
            boolean refunded, List<RefundView> refunds, String created) {
    }

    record RefundView(String id, String object, String charge, long amount, String currency, String status,
            String failureReason, String reason, Map<String, String> metadata, String created) {
    }

    record ListView(String object, List<RefundView> data) {
    }

    static ChargeView charge(Charge.Snapshot charge) {
        return new ChargeView(charge.id(), "charge", charge.amount(), charge.currency(), charge.amountRefunded(),
                charge.amountRefunded() == charge.amount(), refunds(charge.refunds()).data(),
                charge.created().toString());
    }

    static RefundView refund(Refund refund) {
        return new RefundView(refund.id(), "refund", refund.charge(), refund.amount(), refund.currency(),
                refund.status().wireName(), refund.failureReason(), refund.reason(), refund.metadata(),
                refund.created().toString());
    }

    static ListView refunds(List<Refund> refunds) {
        return new ListView("list", refunds.stream().map(Views::refund).toList());
    }
}
