package dev.ccp.takedown.takedowns.domain;

import java.util.List;

/** What the refund step settled at: refunds issued and failed for good, and the sums paid per currency. */
public record RefundSummary(int issued, int failed, List<CurrencyTotal> totals) {
    public RefundSummary {
        totals = List.copyOf(totals);
    }

    /** Refunds paid in one currency, in its minor units. */
    public record CurrencyTotal(String currency, long minorUnits, int count) {
    }
}
