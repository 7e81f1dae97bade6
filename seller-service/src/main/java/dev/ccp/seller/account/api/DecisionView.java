package dev.ccp.seller.account.api;

import dev.ccp.seller.account.domain.Reason;
import dev.ccp.seller.account.domain.SellerDecision;
import java.time.Instant;
import java.util.List;

/** One entry of an account's decision history: who decided what, when and why. */
public record DecisionView(String status, int score, List<Reason> reasons, String actor, String note,
        Instant decidedAt) {

    static DecisionView of(SellerDecision d) {
        return new DecisionView(d.status.name(), d.score, d.reasons, d.actor, d.note, d.decidedAt);
    }
}
