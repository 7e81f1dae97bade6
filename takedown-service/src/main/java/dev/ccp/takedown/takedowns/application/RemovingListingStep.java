package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.takedown.TakedownListingRemoved;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.takedown.takedowns.domain.StepName;
import dev.ccp.takedown.takedowns.domain.Takedown;
import jakarta.enterprise.context.ApplicationScoped;

/** REMOVE_LISTING: listing-service takes the listing down, under a key that is the same for every attempt. */
@ApplicationScoped
public class RemovingListingStep implements TakedownStepHandler {
    static final String REASON = "COUNTERFEIT";

    private final ListingRemovals removals;
    private final Outbox outbox;

    RemovingListingStep(ListingRemovals removals, Outbox outbox) {
        this.removals = removals;
        this.outbox = outbox;
    }

    @Override
    public StepName step() {
        return StepName.REMOVE_LISTING;
    }

    @Override
    public StepResult attempt(Takedown takedown) {
        removals.remove(takedown.listingId(), idempotencyKey(takedown.id()), REASON, reference(takedown.id()));
        return new StepResult.Done((t, now) -> {
            t.listingRemoved(now);
            outbox.append(new TakedownListingRemoved(t.id(), t.listingId(), t.sellerId(), now));
        });
    }

    public static String idempotencyKey(String takedownId) {
        return "takedown-" + takedownId + "-removal";
    }

    static String reference(String takedownId) {
        return "takedown " + takedownId;
    }
}
