package dev.ccp.listing.removals.application;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.takedown.TakedownAppealGranted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * {@code takedown.appeal-granted} naming a brand in {@code overturnedRemovalBy} overturns that brand's own removal:
 * it counts against the brand. An appeal against a moderator's or screening's decision counts against nobody.
 */
@ApplicationScoped
public class CountingAppealOverturns {
    public static final Set<String> TYPES = Set.of(TakedownAppealGranted.TYPE);

    private final TrackingOverturns tracking;

    CountingAppealOverturns(TrackingOverturns tracking) {
        this.tracking = tracking;
    }

    /** Runs in the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        TakedownAppealGranted granted = (TakedownAppealGranted) event.payload();
        if (granted.overturnedRemovalBy() == null || granted.overturnedRemovalBy().isBlank()) {
            return;
        }
        tracking.overturned(granted.overturnedRemovalBy(), granted.listingId(), "appeal:" + granted.appealId());
    }
}
