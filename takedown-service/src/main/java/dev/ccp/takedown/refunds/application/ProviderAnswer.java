package dev.ccp.takedown.refunds.application;

/** What one provider call came to. */
public sealed interface ProviderAnswer {

    /** The provider paid the buyer back. */
    record Issued(String providerRefundId) implements ProviderAnswer {
    }

    /** The provider's final no under this key (a decline, or a refusal such as more than the charge's remainder). */
    record Declined(String reason) implements ProviderAnswer {
    }

    /** No answer that settles it: 5xx, timeout, refused or reset connection, key still in use. Ask again later. */
    record Unsettled(String error) implements ProviderAnswer {
    }
}
