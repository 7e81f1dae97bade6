package dev.ccp.seller.account.application;

import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.core.idempotency.IdempotentCommands;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.seller.account.domain.Seller;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Function;

/**
 * Closes an account (takedown-service calls this after a confirmed counterfeit; a granted appeal may reinstate it).
 * A retry with the same Idempotency-Key replays the first answer; closing a closed account changes nothing and
 * emits nothing.
 */
@ApplicationScoped
public class ClosingSeller {
    private final SellerRepository sellers;
    private final IdempotentCommands idempotency;
    private final Outbox outbox;
    private final Clock clock;

    ClosingSeller(SellerRepository sellers, IdempotentCommands idempotency, Outbox outbox, Clock clock) {
        this.sellers = sellers;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Closes and answers with {@code view} of the account; the answer is stored with the key, so the caller's view
     * type must read back from its own JSON.
     */
    @Transactional
    public <V> V close(CloseSeller command, String idempotencyKey, Class<V> viewType, Function<Seller, V> view) {
        return idempotency.run("seller-closure", idempotencyKey, command, viewType, () -> {
            Seller seller = sellers.existingForUpdate(command.sellerId());
            if (seller.close(command.reason(), command.reference(), clock.instant())) {
                outbox.append(new SellerClosed(seller.id, seller.closureReason, seller.closureReference,
                        seller.closedAt));
            }
            return view.apply(seller);
        });
    }
}
