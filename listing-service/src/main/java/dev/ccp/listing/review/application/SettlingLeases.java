package dev.ccp.listing.review.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.listings.domain.ReviewLeases;
import dev.ccp.listing.review.domain.ReviewLease;
import dev.ccp.listing.review.infrastructure.ReviewLeaseRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A verdict ends the lease on its listing: the holder's verdict records how long the item took from claim to
 * decision ({@code ccp.listing.review.claim.to.decision}); another moderator's unexpired lease refuses it.
 */
@ApplicationScoped
public class SettlingLeases implements ReviewLeases {
    private final ReviewLeaseRepository leases;
    private final Clock clock;
    private final Timer claimToDecision;

    SettlingLeases(ReviewLeaseRepository leases, Clock clock, MeterRegistry metrics) {
        this.leases = leases;
        this.clock = clock;
        this.claimToDecision = Timer.builder("ccp.listing.review.claim.to.decision")
                .description("From a moderator's claim of a queued listing to their verdict on it")
                .register(metrics);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> settle(String listingId, String moderator) {
        Optional<ReviewLease> found = leases.findByIdOptional(listingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReviewLease lease = found.get();
        Instant now = clock.instant();
        if (lease.expired(now)) {
            leases.delete(lease);
            return Optional.empty();
        }
        if (!lease.heldBy(moderator, now)) {
            throw ProblemException.conflict("listing " + listingId + " is leased to " + lease.moderator + " until "
                    + lease.expiresAt + ": only they decide it until the lease ends");
        }
        leases.delete(lease);
        // recorded before the commit: a verdict that then fails to commit still counts once (rare, and harmless)
        claimToDecision.record(Duration.between(lease.claimedAt, now));
        return Optional.of(lease.claimedAt);
    }
}
