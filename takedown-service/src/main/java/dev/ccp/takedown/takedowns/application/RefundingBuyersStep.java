package dev.ccp.takedown.takedowns.application;

import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.domain.RefundSummary;
import dev.ccp.takedown.takedowns.domain.StepName;
import dev.ccp.takedown.takedowns.domain.Takedown;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * REFUND_BUYERS: moves the takedown's refunds on until nothing is pending. Pending refunds are not a failure of the
 * step: it looks again when the refunds say the next one is due.
 */
@ApplicationScoped
public class RefundingBuyersStep implements TakedownStepHandler {
    private final BuyerRefunds refunds;
    private final TakedownConfig.Steps config;
    private final Clock clock;

    RefundingBuyersStep(BuyerRefunds refunds, TakedownConfig config, Clock clock) {
        this.refunds = refunds;
        this.config = config.steps();
        this.clock = clock;
    }

    @Override
    public StepName step() {
        return StepName.REFUND_BUYERS;
    }

    @Override
    public StepResult attempt(Takedown takedown) {
        RefundProgress progress = refunds.advance(new RefundRequest(takedown.id(), takedown.listingId(),
                takedown.sellerId()));
        if (!progress.settled()) {
            return new StepResult.Waiting(progress.nextAttemptAt() != null ? progress.nextAttemptAt()
                    : clock.instant().plus(config.backoffBase()));
        }
        RefundSummary summary = new RefundSummary(progress.issued(), progress.failed(), progress.issuedTotals()
                .stream().map(t -> new RefundSummary.CurrencyTotal(t.currency(), t.minorUnits(), t.count())).toList());
        return new StepResult.Done((t, now) -> t.refundsSettled(summary, now));
    }
}
