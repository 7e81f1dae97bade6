package dev.ccp.takedown.refunds.application;

/**
 * The moment between the provider's answer and the transaction that records it: a process that dies here has been
 * answered but has written nothing. Tests stand in for a crash at this point; in the service it does nothing.
 */
public interface AfterProviderAnswer {

    void reached(ClaimedRefund refund, ProviderAnswer answer);
}
