package dev.ccp.contracts.seller;

import java.util.Objects;

/** One reason behind a verification decision: a stable code and a human-readable detail. */
public record DecisionReason(String code, String detail) {
    public DecisionReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
