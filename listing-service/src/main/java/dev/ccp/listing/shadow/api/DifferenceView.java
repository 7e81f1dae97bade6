package dev.ccp.listing.shadow.api;

import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.listing.shadow.domain.ShadowDifference;
import java.time.Instant;
import java.util.List;

/** One listing both configurations screened, and what each made of it. */
public record DifferenceView(String listingId, String cause, Instant screenedAt, Side active, Side staged) {

    public record Side(String outcome, int score, List<ScreeningSignal> signals) {
    }

    static DifferenceView of(ShadowDifference d) {
        return new DifferenceView(d.listingId, d.cause, d.screenedAt,
                new Side(d.activeOutcome, d.activeScore, d.activeSignals),
                new Side(d.stagedOutcome, d.stagedScore, d.stagedSignals));
    }
}
