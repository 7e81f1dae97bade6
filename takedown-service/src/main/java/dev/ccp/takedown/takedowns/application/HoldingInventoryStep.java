package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.takedown.TakedownInventoryHeld;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.takedown.takedowns.domain.InventoryHold;
import dev.ccp.takedown.takedowns.domain.StepName;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.InventoryHoldRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** HOLD_INVENTORY: the units the listing offered when judged are held for destruction, one hold per takedown. */
@ApplicationScoped
public class HoldingInventoryStep implements TakedownStepHandler {
    private final InventoryHoldRepository holds;
    private final Outbox outbox;

    HoldingInventoryStep(InventoryHoldRepository holds, Outbox outbox) {
        this.holds = holds;
        this.outbox = outbox;
    }

    @Override
    public StepName step() {
        return StepName.HOLD_INVENTORY;
    }

    @Override
    public StepResult attempt(Takedown takedown) {
        return new StepResult.Done((t, now) -> {
            if (holds.findByIdOptional(t.id()).isPresent()) {
                return;
            }
            holds.persist(new InventoryHold(t.id(), t.listingId(), t.sellerId(), t.unitsListed(), now));
            t.inventoryHeld(t.unitsListed(), now);
            outbox.append(new TakedownInventoryHeld(t.id(), t.listingId(), t.sellerId(), t.unitsListed(), now));
        });
    }
}
