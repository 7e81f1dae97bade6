package dev.ccp.takedown.appeals.application;

import dev.ccp.takedown.appeals.domain.Appeal;
import dev.ccp.takedown.appeals.domain.AppealAudit;
import dev.ccp.takedown.appeals.infrastructure.AppealAuditRepository;
import dev.ccp.takedown.appeals.infrastructure.AppealRepository;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.application.ListingRemovals;
import dev.ccp.takedown.takedowns.application.PeerCallException;
import dev.ccp.takedown.takedowns.application.ReinstatingAccounts;
import dev.ccp.takedown.takedowns.domain.AccountOutcome;
import dev.ccp.takedown.takedowns.domain.StepBackoff;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Carries a granted appeal into the other services: listing-service reinstates the listing, seller-service the
 * account when this takedown closed it and no other standing takedown did. Each call is idempotent (the listing's
 * under the key {@code appeal-<id>}, and a peer already in the asked state counts as done), so a runner that died
 * mid-way is simply followed by another. Claims are short transactions; the calls run outside them.
 */
@ApplicationScoped
public class ReversingGrantedAppeals {
    private static final Logger LOG = Logger.getLogger(ReversingGrantedAppeals.class);
    static final String REASON = "APPEAL_GRANTED";

    private final AppealRepository appeals;
    private final AppealAuditRepository audit;
    private final TakedownRepository takedowns;
    private final ListingRemovals listings;
    private final ReinstatingAccounts accounts;
    private final Clock clock;
    private final TakedownConfig config;
    private final StepBackoff backoff;

    ReversingGrantedAppeals(AppealRepository appeals, AppealAuditRepository audit, TakedownRepository takedowns,
            ListingRemovals listings, ReinstatingAccounts accounts, Clock clock, TakedownConfig config,
            StepBackoff backoff) {
        this.appeals = appeals;
        this.audit = audit;
        this.takedowns = takedowns;
        this.listings = listings;
        this.accounts = accounts;
        this.clock = clock;
        this.config = config;
        this.backoff = backoff;
    }

    /** One pass: claims what is due and carries each reversal as far as it gets. Returns how many it looked at. */
    public int runDue() {
        Instant now = clock.instant();
        List<String> claimed = QuarkusTransaction.requiringNew().call(() -> appeals.claimDue(now,
                now.plus(config.runner().lease()), config.runner().batchSize()));
        claimed.forEach(this::reverse);
        return claimed.size();
    }

    private void reverse(String appealId) {
        Appeal appeal = QuarkusTransaction.requiringNew().call(() -> appeals.findById(appealId));
        Takedown takedown = QuarkusTransaction.requiringNew().call(() -> takedowns.findById(appeal.takedownId()));
        try {
            if (!appeal.listingReinstated()) {
                listings.reinstate(appeal.listingId(), "appeal-" + appeal.id(), REASON, "appeal " + appeal.id());
                record(appealId, "LISTING_REINSTATED", a -> a.listingReinstated(clock.instant()));
            }
            AccountOutcome account = accounts.settle(takedown, REASON + ": appeal " + appeal.id() + " of takedown "
                    + takedown.id());
            record(appealId, "ACCOUNT_" + account, a -> {
                a.accountSettled(account);
                a.reversed(clock.instant());
            });
        } catch (PeerCallException e) {
            failed(appealId, e);
        }
    }

    private void record(String appealId, String action, Consumer<Appeal> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            Appeal appeal = appeals.forUpdate(appealId).orElseThrow();
            change.accept(appeal);
            audit.persist(new AppealAudit(appealId, action, null, "takedown-service", clock.instant()));
        });
    }

    private void failed(String appealId, PeerCallException e) {
        QuarkusTransaction.requiringNew().run(() -> {
            Appeal appeal = appeals.forUpdate(appealId).orElseThrow();
            Instant now = clock.instant();
            if (e.permanent() || appeal.reversalAttempts() + 1 >= config.steps().maxAttempts()) {
                appeal.reversalGaveUp(e.getMessage());
                audit.persist(new AppealAudit(appealId, "REVERSAL_NEEDS_ATTENTION", e.getMessage(),
                        "takedown-service", now));
                LOG.warnf("appeal %s: reversal needs attention: %s", appealId, e.getMessage());
            } else {
                appeal.reversalFailed(e.getMessage(), now.plus(backoff.after(appeal.reversalAttempts() + 1)));
            }
        });
    }
}
