package dev.ccp.takedown.takedowns.application;

import dev.ccp.takedown.takedowns.domain.AccountAction;
import dev.ccp.takedown.takedowns.domain.AccountOutcome;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The account's part of a reversal, for every reversal runner: seller-service reinstates the account when the
 * reversed takedown closed it and no other standing takedown did; otherwise it stays as it is.
 */
@ApplicationScoped
public class ReinstatingAccounts {
    private final TakedownRepository takedowns;
    private final SellerClosures sellers;

    ReinstatingAccounts(TakedownRepository takedowns, SellerClosures sellers) {
        this.takedowns = takedowns;
        this.sellers = sellers;
    }

    /**
     * Reinstates the account if the reversal of {@code takedown} should. Call it outside a transaction: the call to
     * seller-service never runs inside one.
     *
     * @throws PeerCallException when seller-service did not reinstate it (an account already selling counts as done)
     */
    public AccountOutcome settle(Takedown takedown, String reason) {
        AccountOutcome outcome = outcomeFor(takedown);
        if (outcome == AccountOutcome.REINSTATED) {
            sellers.reinstate(takedown.sellerId(), reason);
        }
        return outcome;
    }

    private AccountOutcome outcomeFor(Takedown takedown) {
        if (takedown.accountAction() != AccountAction.CLOSED) {
            return AccountOutcome.NOT_CLOSED;
        }
        long others = QuarkusTransaction.requiringNew().call(() -> takedowns.closingsStandingBesides(
                takedown.sellerId(), takedown.id()));
        return others > 0 ? AccountOutcome.KEPT_CLOSED : AccountOutcome.REINSTATED;
    }
}
