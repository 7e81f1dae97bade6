package dev.ccp.takedown.refunds.application;

import dev.ccp.takedown.refunds.infrastructure.RefundRepository;
import dev.ccp.takedown.takedowns.application.BuyerRefunds;
import dev.ccp.takedown.takedowns.application.RefundLine;
import dev.ccp.takedown.takedowns.application.RefundLineStatus;
import dev.ccp.takedown.takedowns.application.RefundProgress;
import dev.ccp.takedown.takedowns.application.RefundRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The takedown's refunds, paid through the provider: every refundable order of the listing refunded once. Runs its
 * own short transactions (never one around a provider call), so call it outside a transaction.
 */
@ApplicationScoped
public class PayingBuyerRefunds implements BuyerRefunds {
    private final RefundBook book;
    private final AskingTheProvider provider;
    private final RefundRepository refunds;

    PayingBuyerRefunds(RefundBook book, AskingTheProvider provider, RefundRepository refunds) {
        this.book = book;
        this.provider = provider;
        this.refunds = refunds;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RefundProgress advance(RefundRequest request) {
        book.open(request);
        // batch after batch while batches come full; one call asks each due refund about once, and what is still
        // unsettled waits for its next attempt (RefundProgress.nextAttemptAt) rather than spinning here
        List<ClaimedRefund> batch;
        do {
            batch = book.claimDue(request.takedownId());
            provider.ask(batch);
        } while (batch.size() == book.batchSize());
        return book.progressOf(request.takedownId());
    }

    @Override
    @Transactional
    public List<RefundLine> refundsOf(String takedownId) {
        return refunds.ofTakedown(takedownId).stream().map(refund -> new RefundLine(refund.orderId(),
                refund.customerId(), refund.amount(), RefundLineStatus.valueOf(refund.status().name()),
                refund.attempts(), refund.lastError(), refund.updatedAt())).toList();
    }
}
