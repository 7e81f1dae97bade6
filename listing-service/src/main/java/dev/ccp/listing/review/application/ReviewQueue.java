package dev.ccp.listing.review.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.config.ReviewSettings;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.review.domain.QueuedItem;
import dev.ccp.listing.review.domain.ReviewPriority;
import dev.ccp.listing.review.infrastructure.ReviewLeaseRepository;
import dev.ccp.listing.review.infrastructure.ReviewQueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Moderators claim the next item as a lease, renew it while they work and release it if they stop; an expired lease
 * puts the item back. Two moderators never hold the same item: a claim locks the listing row it picks (skipping
 * rows other claims have locked) and takes the lease only if no unexpired one exists.
 */
@ApplicationScoped
public class ReviewQueue {
    /** Claims that lost a race for an item try the next one; past this many losses the caller is told to retry. */
    private static final int ATTEMPTS = 10;

    private final ReviewQueueRepository queue;
    private final ReviewLeaseRepository leases;
    private final ListingRepository listings;
    private final ReviewSettings settings;
    private final ReviewPriority priority;
    private final Clock clock;

    ReviewQueue(ReviewQueueRepository queue, ReviewLeaseRepository leases, ListingRepository listings,
            ListingConfig config, Clock clock) {
        this.queue = queue;
        this.leases = leases;
        this.listings = listings;
        this.settings = config.review();
        this.priority = priorityOf(config.review());
        this.clock = clock;
    }

    static ReviewPriority priorityOf(ReviewSettings settings) {
        return new ReviewPriority(settings.priority().scoreWeight(), settings.priority().trustedFlaggerWeight(),
                settings.priority().ageingPerHour(), settings.bands().highFrom(), settings.bands().mediumFrom());
    }

    public ReviewPriority priority() {
        return priority;
    }

    /** The claimed item with its new lease, or empty when nothing waits that nobody holds. */
    @Transactional
    public Optional<QueuedItem> claim(String moderator) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<String> next = queue.lockNextUnleased(priority, now);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (leases.take(next.get(), moderator, now, settings.leaseDuration())) {
                return queue.item(next.get(), priority, now);
            }
        }
        throw ProblemException.conflict("the queue is busy: claim again");
    }

    /** Extends the caller's lease by the lease duration from now; 409 when it holds none on the listing. */
    @Transactional
    public QueuedItem renew(String listingId, String moderator) {
        Instant now = requireListing(listingId);
        if (!leases.renew(listingId, moderator, now, settings.leaseDuration())) {
            throw noLease(listingId);
        }
        return queue.item(listingId, priority, now).orElseThrow(() -> noLease(listingId));
    }

    /** Gives the item back to the queue; 409 when the caller holds no lease on it. */
    @Transactional
    public void release(String listingId, String moderator) {
        Instant now = requireListing(listingId);
        if (!leases.release(listingId, moderator, now)) {
            throw noLease(listingId);
        }
    }

    public record Window(List<QueuedItem> items, long total) {
    }

    /** First to be claimed first; leased items too, with who holds them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Window list(int offset, int limit) {
        return new Window(queue.page(priority, clock.instant(), offset, limit), queue.size());
    }

    private Instant requireListing(String listingId) {
        if (listings.findByIdOptional(listingId).isEmpty()) {
            throw ProblemException.notFound("listing", listingId);
        }
        return clock.instant();
    }

    private static ProblemException noLease(String listingId) {
        return ProblemException.conflict("you hold no lease on listing " + listingId
                + " (it expired, was released, was decided or is another moderator's)");
    }
}
