package dev.ccp.devstack.payments.ledger;

/** What a refund request came to: a refund (succeeded or declined), or a refusal. */
public sealed interface RefundOutcome permits RefundOutcome.Made, RefundOutcome.Refused {
    /** Whether the idempotency key keeps this outcome as its answer. */
    boolean remembered();

    record Made(Refund refund) implements RefundOutcome {
        @Override
        public boolean remembered() {
            return true;
        }
    }

    record Refused(Refusal refusal, String detail) implements RefundOutcome {
        @Override
        public boolean remembered() {
            return refusal.remembered();
        }
    }
}
