package dev.ccp.contracts.listing;

import java.util.Objects;

/** One piece of screening evidence: a stable code, its weight in the score and a reason a moderator reads. */
public record ScreeningSignal(String code, int weight, String detail) {
    public ScreeningSignal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
