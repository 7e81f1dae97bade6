package dev.ccp.listing.listings.application;

import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.idempotency.IdempotentCommands;
import dev.ccp.listing.listings.api.ListingBatchRequest;
import dev.ccp.listing.listings.api.ListingBatchView;
import dev.ccp.listing.listings.api.ListingRequest;
import dev.ccp.listing.listings.api.ListingView;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A listing arrives or its seller edits it: screened before anything is published. */
@ApplicationScoped
public class SubmittingListing {
    private final ListingRepository listings;
    private final ScreeningListing screening;
    private final IdempotentCommands idempotency;
    private final Clock clock;

    SubmittingListing(ListingRepository listings, ScreeningListing screening, IdempotentCommands idempotency,
            Clock clock) {
        this.listings = listings;
        this.screening = screening;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * With an Idempotency-Key, a retry of the same submission (say, after a timeout) answers the first result
     * instead of creating a second listing.
     */
    @Transactional
    public ListingView submit(ListingRequest request, String idempotencyKey) {
        if (idempotencyKey == null) {
            return ListingView.of(submit(request));
        }
        return idempotency.run("listing-submission", idempotencyKey, request, ListingView.class,
                () -> ListingView.of(submit(request)));
    }

    @Transactional
    public Listing submit(ListingRequest request) {
        Listing listing = newListing(request);
        screening.screen(listing, ScreeningCause.SUBMITTED);
        listings.persist(listing);
        return listing;
    }

    /**
     * A catalogue upload: many listings screened and stored in one transaction, answered in the order sent. With an
     * Idempotency-Key a retried upload answers the first result instead of listing everything twice.
     */
    @Transactional
    public ListingBatchView submitAll(ListingBatchRequest request, String idempotencyKey) {
        if (idempotencyKey == null) {
            return ListingBatchView.of(submitAll(request.listings()));
        }
        return idempotency.run("listing-batch", idempotencyKey, request, ListingBatchView.class,
                () -> ListingBatchView.of(submitAll(request.listings())));
    }

    private List<Listing> submitAll(List<ListingRequest> requests) {
        List<Listing> created = requests.stream().map(this::newListing).toList();
        screening.screenNew(created);
        created.forEach(listings::persist);
        return created;
    }

    /**
     * New words or images need a new screening; a moderator's clearance was for the old ones. A listing confirmed
     * as infringing cannot be edited back to life: that is what appeals are for.
     */
    @Transactional
    public Listing update(String id, ListingRequest request) {
        Listing listing = listings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("listing", id));
        if (listing.settledAsInfringing()) {
            throw ProblemException.conflict("listing " + id + " was found " + listing.verdict
                    + " by a moderator; only an appeal can change that");
        }
        if (!listing.sellerId.equals(request.sellerId())) {
            throw ProblemException.badRequest("sellerId", "a listing cannot move to another seller");
        }
        fill(listing, request);
        listing.verdict = null;
        listing.clearedScore = null;
        screening.screen(listing, ScreeningCause.UPDATED);
        return listing;
    }

    private Listing newListing(ListingRequest request) {
        Listing listing = new Listing();
        listing.id = UUID.randomUUID().toString();
        listing.createdAt = clock.instant();
        fill(listing, request);
        return listing;
    }

    private void fill(Listing listing, ListingRequest request) {
        listing.sellerId = request.sellerId().trim();
        listing.title = request.title().trim();
        listing.description = request.description();
        listing.brandField = request.brand();
        listing.category = request.category().trim().toLowerCase(Locale.ROOT);
        listing.priceAmount = request.price().amount();
        listing.priceCurrency = request.price().currency();
        listing.quantity = request.quantity();
        listing.imageHashes = request.imageHashes() == null ? new ArrayList<>()
                : new ArrayList<>(request.imageHashes().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        listing.updatedAt = clock.instant();
    }
}
