package dev.ccp.takedown.refunds.application;

import dev.ccp.takedown.refunds.domain.Refund;
import dev.ccp.takedown.refunds.infrastructure.RefundRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Staff try a failed refund again, at once: it is claimed like any due refund, so a replica that is asking about it
 * already keeps it, and the provider is asked under a new key (the old one only answers its decline).
 */
@ApplicationScoped
public class RetryingFailedRefund {
    private final RefundBook book;
    private final AskingTheProvider provider;
    private final RefundRepository refunds;

    RetryingFailedRefund(RefundBook book, AskingTheProvider provider, RefundRepository refunds) {
        this.book = book;
        this.provider = provider;
        this.refunds = refunds;
    }

    /**
     * @throws UnknownRefundException no such refund
     * @throws dev.ccp.takedown.refunds.domain.RefundNotFailedException it is pending or issued
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Refund retry(UUID refundId) {
        book.retryRequested(refundId);
        book.claimOne(refundId).ifPresent(claimed -> provider.ask(List.of(claimed)));
        return find(refundId);
    }

    private Refund find(UUID refundId) {
        return QuarkusTransaction.requiringNew().call(() -> refunds.findById(refundId));
    }
}
