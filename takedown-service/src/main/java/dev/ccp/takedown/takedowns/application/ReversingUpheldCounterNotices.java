package dev.ccp.takedown.takedowns.application;

import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.domain.AccountOutcome;
import dev.ccp.takedown.takedowns.domain.CounterNoticeReversal;
import dev.ccp.takedown.takedowns.domain.StepBackoff;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.CounterNoticeReversalRepository;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The reversal runner for upheld counter-notices, as {@code ReversingGrantedAppeals} is for granted appeals: it
 * reverses a takedown that waited for its step runner, then has seller-service reinstate the account when this
 * takedown closed it and no other standing takedown did. The listing is listing-service's own reinstatement: asked
 * for here only when the takedown's runner removed it again after listing-service had put it back. A transient failure is retried with the steps' backoff; a refusal, or too many failures, waits for
 * staff ({@code POST /api/v1/takedowns/{id}/reversal/retry}). Claims are short transactions; calls run outside them.
 */
@ApplicationScoped
public class ReversingUpheldCounterNotices {
    private static final Logger LOG = Logger.getLogger(ReversingUpheldCounterNotices.class);

    private final CounterNoticeReversalRepository reversals;
    private final TakedownRepository takedowns;
    private final ReversingOnCounterNotice reversing;
    private final ReinstatingAccounts accounts;
    private final ListingRemovals listings;
    private final Clock clock;
    private final TakedownConfig config;
    private final StepBackoff backoff;

    ReversingUpheldCounterNotices(CounterNoticeReversalRepository reversals, TakedownRepository takedowns,
            ReversingOnCounterNotice reversing, ReinstatingAccounts accounts, ListingRemovals listings, Clock clock,
            TakedownConfig config, StepBackoff backoff) {
        this.listings = listings;
        this.reversals = reversals;
        this.takedowns = takedowns;
        this.reversing = reversing;
        this.accounts = accounts;
        this.clock = clock;
        this.config = config;
        this.backoff = backoff;
    }

    /** One pass: claims what is due and carries each reversal as far as it gets. Returns how many it looked at. */
    public int runDue() {
        Instant now = clock.instant();
        List<String> claimed = QuarkusTransaction.requiringNew().call(() -> reversals.claimDue(now,
                now.plus(config.runner().lease()), config.runner().batchSize()));
        for (String id : claimed) {
            try {
                carry(id);
            } catch (RuntimeException e) {
                // The database or a bug: the claim lapses and a later pass carries on from what was recorded.
                LOG.errorf(e, "counter-notice reversal of takedown %s stopped; it resumes once its claim has passed",
                        id);
            }
        }
        return claimed.size();
    }

    private void carry(String takedownId) {
        if (!reversing.reverseWaiting(takedownId)) {
            return; // its step runner still works on it, or an appeal reversed it first
        }
        CounterNoticeReversal reversal = QuarkusTransaction.requiringNew().call(() -> reversals.findById(takedownId));
        Takedown takedown = QuarkusTransaction.requiringNew().call(() -> takedowns.findById(takedownId));
        try {
            if (reversal.listingDue()) {
                // not listing-service's own key for this counter-notice: that one already answered "reinstated"
                listings.reinstate(takedown.listingId(), "takedown-" + takedownId + "-counter-notice",
                        ReversingOnCounterNotice.COUNTER_NOTICE_UPHELD, "counter-notice " + reversal.counterNoticeId());
                QuarkusTransaction.requiringNew().run(() -> reversals.forUpdate(takedownId).orElseThrow()
                        .listingReinstated(clock.instant()));
            }
            AccountOutcome account = accounts.settle(takedown, ReversingOnCounterNotice.COUNTER_NOTICE_UPHELD
                    + ": counter-notice " + reversal.counterNoticeId() + " against takedown " + takedownId);
            QuarkusTransaction.requiringNew().run(() -> reversals.forUpdate(takedownId).orElseThrow()
                    .accountSettled(account, clock.instant()));
        } catch (PeerCallException e) {
            failed(takedownId, e);
        }
    }

    private void failed(String takedownId, PeerCallException e) {
        QuarkusTransaction.requiringNew().run(() -> {
            CounterNoticeReversal reversal = reversals.forUpdate(takedownId).orElseThrow();
            Instant now = clock.instant();
            if (e.permanent() || reversal.attempts() + 1 >= config.steps().maxAttempts()) {
                reversal.gaveUp(e.getMessage());
                LOG.warnf("takedown %s: the account's reinstatement after counter-notice %s needs attention: %s",
                        takedownId, reversal.counterNoticeId(), e.getMessage());
            } else {
                reversal.failed(e.getMessage(), now.plus(backoff.after(reversal.attempts() + 1)));
            }
        });
    }
}
