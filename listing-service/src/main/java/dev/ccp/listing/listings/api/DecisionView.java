package dev.ccp.listing.listings.api;

import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.listing.listings.domain.InfringementType;
import dev.ccp.listing.listings.domain.ListingDecision;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.domain.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * One verdict in a listing's audit trail; {@code claimedAt} is when the moderator claimed it from the review queue
 * (null: decided without a lease).
 */
public record DecisionView(Verdict verdict, InfringementType infringementType, String note, String decidedBy,
        Instant decidedAt, Instant claimedAt, ListingStatus statusBefore, ListingStatus statusAfter, int score,
        List<ScreeningSignal> signals) {

    public static DecisionView of(ListingDecision d) {
        return new DecisionView(d.verdict, d.infringementType, d.note, d.decidedBy, d.decidedAt, d.claimedAt,
                d.statusBefore, d.statusAfter, d.score, d.signals);
    }
}
