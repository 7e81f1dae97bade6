package dev.ccp.litigation.cases.domain;

import java.util.Map;

/**
 * What the enforcement behind a case adds up to, from the events: confirmed counterfeit listings, units of stock
 * held, customers refunded, the amounts refunded per ISO 4217 currency (minor units) and seller accounts closed.
 */
public record CaseTotals(int listings, long unitsHeld, long customersRefunded, Map<String, Long> refundedMinorUnits,
        int accountsClosed) {
}
