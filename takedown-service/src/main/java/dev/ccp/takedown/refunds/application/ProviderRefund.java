package dev.ccp.takedown.refunds.application;

import dev.ccp.core.money.Money;
import java.util.Map;

/**
 * One refund as the provider is asked for it; every field comes from the refund row, so a retry under the same key
 * sends the same request.
 *
 * @param chargeReference the provider's charge the refund reverses
 * @param metadata references for the provider's dashboard (takedown, order, refund ids)
 */
public record ProviderRefund(String idempotencyKey, String chargeReference, Money amount,
        Map<String, String> metadata) {
    public ProviderRefund {
        metadata = Map.copyOf(metadata);
    }
}
