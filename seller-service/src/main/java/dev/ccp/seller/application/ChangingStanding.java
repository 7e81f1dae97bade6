package dev.ccp.seller.application;

import dev.ccp.contracts.seller.SellerReinstated;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.api.ReviewDecision;
import dev.ccp.seller.domain.Reason;
import dev.ccp.seller.domain.Seller;
import dev.ccp.seller.domain.SellerDecision;
import dev.ccp.seller.infrastructure.SellerDecisionRepository;
import dev.ccp.seller.infrastructure.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What staff do to an account after the automatic decision: settle a review, suspend, reinstate. Each change is
 * audited with who and why, and announced once; repeating a change that already holds changes nothing.
 */
@ApplicationScoped
public class ChangingStanding {
    private final SellerRepository sellers;
    private final SellerDecisionRepository decisions;
    private final Outbox outbox;
    private final Clock clock;

    ChangingStanding(SellerRepository sellers, SellerDecisionRepository decisions, Outbox outbox, Clock clock) {
        this.sellers = sellers;
        this.decisions = decisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Seller settleReview(String sellerId, ReviewDecision decision, String actor) {
        Seller seller = locked(sellerId);
        boolean approve = decision.verdict() == ReviewDecision.Verdict.APPROVE;
        guardVoid(() -> seller.settleReview(approve, decision.note(), actor, clock.instant()));
        List<Reason> reasons = new ArrayList<>(seller.verificationReasons);
        reasons.add(new Reason(approve ? "APPROVED_ON_REVIEW" : "REJECTED_ON_REVIEW", "decided by " + actor));
        seller.verificationReasons = reasons;
        if (!approve) {
            seller.verificationScore = 100;
        }
        decisions.persist(SellerDecision.of(seller, actor, decision.note()));
        outbox.append(DecisionEvents.of(seller));
        return seller;
    }

    @Transactional
    public Seller suspend(String sellerId, String reason, String actor) {
        Seller seller = locked(sellerId);
        if (guard(() -> seller.suspend(reason, actor, clock.instant()))) {
            decisions.persist(SellerDecision.of(seller, actor, reason));
            outbox.append(new SellerSuspended(seller.id, reason, actor, seller.decidedAt));
        }
        return seller;
    }

    @Transactional
    public Seller reinstate(String sellerId, String reason, String actor) {
        Seller seller = locked(sellerId);
        if (guard(() -> seller.reinstate(reason, actor, clock.instant()))) {
            decisions.persist(SellerDecision.of(seller, actor, reason));
            outbox.append(new SellerReinstated(seller.id, reason, actor, seller.decidedAt));
        }
        return seller;
    }

    private Seller locked(String sellerId) {
        return sellers.findByIdOptional(sellerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("seller", sellerId));
    }

    private static boolean guard(java.util.function.BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private static void guardVoid(Runnable change) {
        guard(() -> {
            change.run();
            return true;
        });
    }
}
