package dev.ccp.listing.counternotices.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision: UPHELD gives the listing back, REJECTED leaves the brand's report or removal standing. */
public record CounterNoticeDecisionRequest(@NotNull Outcome outcome, @Size(max = 2000) String note) {
    public enum Outcome { UPHELD, REJECTED }
}
