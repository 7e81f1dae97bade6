package dev.ccp.devstack.payments.ledger;

/**
 * Why a refund request was refused without making a refund. A remembered refusal is the final answer for its
 * idempotency key (the request was checked against the charge); a forgotten one leaves the key free.
 */
public enum Refusal {
    CHARGE_NOT_FOUND("resource_missing", "charge", false),
    CURRENCY_MISMATCH("currency_mismatch", "currency", true),
    AMOUNT_EXCEEDS_REMAINING("amount_exceeds_remaining", "amount", true);

    private final String code;
    private final String field;
    private final boolean remembered;

    Refusal(String code, String field, boolean remembered) {
        this.code = code;
        this.field = field;
        this.remembered = remembered;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public boolean remembered() {
        return remembered;
    }
}
