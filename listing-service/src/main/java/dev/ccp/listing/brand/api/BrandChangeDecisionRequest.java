package dev.ccp.listing.brand.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff approve a partner's pending change (it screens from then on) or reject it. */
public record BrandChangeDecisionRequest(@NotNull Outcome outcome, @Size(max = 2000) String note) {
    public enum Outcome { APPROVED, REJECTED }
}
