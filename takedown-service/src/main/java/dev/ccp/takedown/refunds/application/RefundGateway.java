package dev.ccp.takedown.refunds.application;

/**
 * The payment provider, as refunds need it. One call asks for one refund under its idempotency key: asking again
 * with the same key and request is how an unknown outcome is settled, and never pays twice.
 */
public interface RefundGateway {

    /** Never throws for the provider's or the network's failures: they are {@link ProviderAnswer.Unsettled}. */
    ProviderAnswer refund(ProviderRefund request);
}
