package dev.ccp.seller.application;

import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.core.idempotency.IdempotentCommands;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.api.ClosureRequest;
import dev.ccp.seller.api.SellerView;
import dev.ccp.seller.domain.Seller;
import dev.ccp.seller.infrastructure.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Closes an account for good (takedown-service calls this after a confirmed counterfeit). A retry with the same
 * Idempotency-Key replays the first answer; closing a closed account changes nothing and emits nothing.
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

    private record Command(String sellerId, String reason, String reference) {
    }

    @Transactional
    public SellerView close(String sellerId, String idempotencyKey, ClosureRequest request) {
        Command command = new Command(sellerId, request.reason(), request.reference());
        return idempotency.run("seller-closure", idempotencyKey, command, SellerView.class, () -> {
            Seller seller = sellers.findByIdOptional(sellerId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ProblemException.notFound("seller", sellerId));
            if (seller.close(request.reason(), request.reference(), clock.instant())) {
                outbox.append(new SellerClosed(seller.id, seller.closureReason, seller.closureReference,
                        seller.closedAt));
            }
            return SellerView.of(seller);
        });
    }
}
