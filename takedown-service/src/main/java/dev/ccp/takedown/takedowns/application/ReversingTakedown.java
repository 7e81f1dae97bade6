package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.DomainEvent;
import dev.ccp.contracts.takedown.TakedownInventorySettled;
import dev.ccp.contracts.takedown.TakedownReversed;
import dev.ccp.takedown.takedowns.domain.HoldStatus;
import dev.ccp.takedown.takedowns.domain.InventoryHold;
import dev.ccp.takedown.takedowns.domain.InventoryOutcome;
import dev.ccp.takedown.takedowns.domain.ReversalCause;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.InventoryHoldRepository;
import dev.ccp.takedown.takedowns.infrastructure.StrikeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every reversal undoes here, whatever overturned the takedown (a granted appeal, an upheld counter-notice):
 * the takedown becomes REVERSED with why, its strike stops counting, its held stock is released. Refunds already
 * paid stay paid. The caller writes the events, with its own, in the same transaction.
 */
@ApplicationScoped
public class ReversingTakedown {
    private final InventoryHoldRepository holds;
    private final StrikeRepository strikes;

    ReversingTakedown(InventoryHoldRepository holds, StrikeRepository strikes) {
        this.holds = holds;
        this.strikes = strikes;
    }

    /**
     * What the reversal did: the stock's fate and the events announcing it ({@code takedown.reversed}, then
     * {@code takedown.inventory-settled} when stock was released now).
     */
    public record Reversed(InventoryOutcome inventory, List<DomainEvent> events) {
    }

    /**
     * @param takedown locked by the caller
     * @return empty when the takedown's runner is still working on it, or it is reversed already
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Reversed> reverse(Takedown takedown, ReversalCause cause, String reference, String by,
            Instant now) {
        if (!takedown.reverse(cause, reference, by, now)) {
            return Optional.empty();
        }
        strikes.findByIdOptional(takedown.id()).ifPresent(strike -> strike.overturn(now));
        List<DomainEvent> events = new ArrayList<>();
        events.add(new TakedownReversed(takedown.id(), takedown.listingId(), takedown.sellerId(),
                takedown.brandIds(), cause.name(), reference, by, now));
        InventoryOutcome inventory = releaseStock(takedown, by, now, events);
        return Optional.of(new Reversed(inventory, List.copyOf(events)));
    }

    private InventoryOutcome releaseStock(Takedown takedown, String by, Instant now, List<DomainEvent> events) {
        InventoryHold hold = holds.forUpdate(takedown.id()).orElse(null);
        if (hold == null) {
            return InventoryOutcome.NONE_HELD;
        }
        if (hold.status() == HoldStatus.DESTROYED) {
            return InventoryOutcome.ALREADY_DESTROYED;
        }
        if (hold.settle(HoldStatus.RELEASED, by, now)) {
            events.add(new TakedownInventorySettled(takedown.id(), takedown.listingId(), takedown.sellerId(),
                    hold.units(), HoldStatus.RELEASED.name(), by, now));
        }
        return InventoryOutcome.RELEASED;
    }
}
