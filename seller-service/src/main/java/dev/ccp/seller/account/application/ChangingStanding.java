package dev.ccp.seller.account.application;

import dev.ccp.contracts.seller.SellerReinstated;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.account.domain.Seller;
import dev.ccp.seller.account.domain.SellerDecision;
import dev.ccp.seller.account.infrastructure.SellerDecisionRepository;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * What staff do to an account after the automatic decision: settle a review, suspend, reinstate. Each change is
 * audited with who and why, and announced once. Suspending a suspended account or reinstating a verified one changes
 * nothing; a review is settled once, a second verdict is a conflict.
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

    /** A person's verdict on an account under review: {@code approve} verifies it, otherwise it is rejected. */
    @Transactional
    public Seller settleReview(String sellerId, boolean approve, String note, String actor) {
        Seller seller = sellers.existingForUpdate(sellerId);
        guard(() -> {
            seller.settleReview(approve, note, actor, clock.instant());
            return true;
        });
        decisions.persist(SellerDecision.of(seller, actor, note));
        outbox.append(DecisionEvents.of(seller));
        return seller;
    }

    @Transactional
    public Seller suspend(String sellerId, String reason, String actor) {
        Seller seller = sellers.existingForUpdate(sellerId);
        if (guard(() -> seller.suspend(reason, actor, clock.instant()))) {
            decisions.persist(SellerDecision.of(seller, actor, reason));
            outbox.append(new SellerSuspended(seller.id, reason, actor, seller.decidedAt));
        }
        return seller;
    }

    @Transactional
    public Seller reinstate(String sellerId, String reason, String actor) {
        Seller seller = sellers.existingForUpdate(sellerId);
        if (guard(() -> seller.reinstate(reason, actor, clock.instant()))) {
            decisions.persist(SellerDecision.of(seller, actor, reason));
            outbox.append(new SellerReinstated(seller.id, reason, actor, seller.decidedAt));
        }
        return seller;
    }

    private static boolean guard(java.util.function.BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }
}
