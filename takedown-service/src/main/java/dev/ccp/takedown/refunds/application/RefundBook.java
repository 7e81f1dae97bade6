package dev.ccp.takedown.refunds.application;

import dev.ccp.contracts.takedown.CustomerNotified;
import dev.ccp.contracts.takedown.RefundFailed;
import dev.ccp.contracts.takedown.RefundIssued;
import dev.ccp.core.money.Money;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.orders.application.RefundingOrders;
import dev.ccp.takedown.orders.domain.Order;
import dev.ccp.takedown.refunds.domain.Refund;
import dev.ccp.takedown.refunds.domain.RefundStatus;
import dev.ccp.takedown.refunds.domain.RetryPolicy;
import dev.ccp.takedown.refunds.infrastructure.RefundMetrics;
import dev.ccp.takedown.refunds.infrastructure.RefundRepository;
import dev.ccp.takedown.takedowns.application.RefundProgress;
import dev.ccp.takedown.takedowns.application.RefundRequest;
import dev.ccp.takedown.takedowns.application.RefundTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The refunds' own transactions, each committed on its own so nothing is held open while the provider is asked:
 * opening refunds, claiming due ones, recording an answer.
 */
@ApplicationScoped
public class RefundBook {
    /** What the buyer is told, in plain words. */
    static final String REFUND_REASON = "The listing you bought from was removed because it was confirmed to sell "
            + "counterfeit goods, so you have been refunded the full amount you paid.";

    private final RefundRepository refunds;
    private final RefundingOrders orders;
    private final Outbox outbox;
    private final RefundMetrics metrics;
    private final TakedownConfig.Refunds config;
    private final RetryPolicy policy;
    private final Clock clock;

    RefundBook(RefundRepository refunds, RefundingOrders orders, Outbox outbox, RefundMetrics metrics,
            TakedownConfig config, Clock clock) {
        this.refunds = refunds;
        this.orders = orders;
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config.refunds();
        this.policy = new RetryPolicy(this.config.retry().initialBackoff(), this.config.retry().maxBackoff(),
                this.config.declines().maxAttempts(), this.config.declines().retryDelay());
        this.clock = clock;
    }

    /**
     * Opens a refund of every refundable order of the listing that has none yet, committed before any provider call.
     * The provider's charge for an order is the order id: the marketplace charges each order under it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int open(RefundRequest request) {
        List<Order> refundable = orders.refundableOf(request.listingId());
        Set<String> refunded = refunds.refundedOrderIds(refundable.stream().map(Order::orderId).toList());
        Instant now = clock.instant();
        int opened = 0;
        for (Order order : refundable) {
            if (!refunded.contains(order.orderId()) && refunds.insertIfAbsent(new Refund(request.takedownId(),
                    order.orderId(), order.listingId(), order.customerId(), order.amount(), order.orderId(), now))) {
                opened++;
            }
        }
        return opened;
    }

    public int batchSize() {
        return config.batchSize();
    }

    /** Claims up to a batch of the takedown's due refunds for one provider call each. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedRefund> claimDue(String takedownId) {
        Instant now = clock.instant();
        return refunds.lockDue(takedownId, now, config.batchSize()).stream().filter(this::stillOwed)
                .map(refund -> claim(refund, now)).toList();
    }

    /** Claims one refund if it is due and nobody else holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedRefund> claimOne(UUID refundId) {
        Instant now = clock.instant();
        return refunds.lockIfDue(refundId, now).filter(this::stillOwed).map(refund -> claim(refund, now));
    }

    /**
     * A refund never sent whose order the marketplace has since cancelled or refunded itself is withdrawn: nothing
     * was asked of the provider or announced for it. Once sent, it is settled under its key whatever the order does.
     */
    private boolean stillOwed(Refund refund) {
        if (refund.attempts() > 0 || orders.stillRefundable(refund.orderId())) {
            return true;
        }
        refunds.delete(refund);
        return false;
    }

    private ClaimedRefund claim(Refund refund, Instant now) {
        refund.claim(now, now.plus(config.lease()));
        return new ClaimedRefund(refund.id(), refund.orderId(), new ProviderRefund(refund.idempotencyKey(), refund.chargeReference(), refund.amount(), Map.of(
                "takedown_id", refund.takedownId(), "order_id", refund.orderId(), "refund_id", refund.id().toString())));
    }

    /**
     * Records the provider's answer to {@code sent}. An issued refund marks its order REFUNDED and tells the buyer, in
     * this one transaction; an answer to a key the refund no longer awaits (another replica recorded it) changes
     * nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ClaimedRefund sent, ProviderAnswer answer) {
        Refund refund = refunds.lock(sent.refundId()).orElseThrow();
        if (!refund.awaits(sent.request().idempotencyKey())) {
            return;
        }
        Instant now = clock.instant();
        if (answer instanceof ProviderAnswer.Issued issued) {
            refund.issue(issued.providerRefundId(), now);
            orders.markRefunded(refund.orderId());
            outbox.appendAll(List.of(
                    new RefundIssued(refund.takedownId(), refund.id().toString(), refund.orderId(),
                            refund.listingId(), refund.customerId(), onTheWire(refund.amount()),
                            issued.providerRefundId(), now),
                    new CustomerNotified(refund.takedownId(), refund.orderId(), refund.customerId(),
                            onTheWire(refund.amount()), issued.providerRefundId(), REFUND_REASON, now)));
            metrics.issued();
        } else if (answer instanceof ProviderAnswer.Declined declined) {
            refund.decline(declined.reason(), policy, now);
            outbox.append(new RefundFailed(refund.takedownId(), refund.id().toString(), refund.orderId(),
                    refund.listingId(), refund.customerId(), onTheWire(refund.amount()), declined.reason(),
                    refund.attempts(), refund.nextAttemptAt(), now));
            metrics.failed();
        } else if (answer instanceof ProviderAnswer.Unsettled unsettled) {
            refund.postpone(unsettled.error(), policy, now);
        }
    }

    /** Where the takedown's refunds stand. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RefundProgress progressOf(String takedownId) {
        int issued = 0;
        int failed = 0;
        int pending = 0;
        Instant next = null;
        Map<String, RefundTotal> totals = new TreeMap<>();
        for (RefundRepository.Tally tally : refunds.tallyOf(takedownId)) {
            int count = (int) tally.count();
            if (tally.status() == RefundStatus.ISSUED) {
                issued += count;
                totals.put(tally.currency(), new RefundTotal(tally.currency(), tally.minorUnits(), count));
            } else if (tally.retrying()) {
                pending += count;
                next = next == null || tally.nextTry().isBefore(next) ? tally.nextTry() : next;
            } else {
                failed += count;
            }
        }
        return new RefundProgress(issued, failed, pending, List.copyOf(totals.values()), next);
    }

    /** Staff's retry of a failed refund: due now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryRequested(UUID refundId) {
        refunds.lock(refundId).orElseThrow(() -> new UnknownRefundException(refundId)).retryRequested(clock.instant());
    }

    static dev.ccp.contracts.Money onTheWire(Money money) {
        return new dev.ccp.contracts.Money(new BigDecimal(money.decimal()), money.currency());
    }
}
