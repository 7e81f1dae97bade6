package dev.ccp.listing.listings.application;

import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.core.idempotency.IdempotentCommands;
import dev.ccp.core.problem.ProblemException;
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
import java.util.function.Function;

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
     * With an Idempotency-Key, a retry of the same submission (say, after a timeout) gets the first answer back
     * instead of creating a second listing. The caller says how a listing is answered ({@code answer}, of type
     * {@code answerType}): that answer is what the key keeps, in the same transaction.
     */
    @Transactional
    public <A> A submit(SubmitListing submitted, String idempotencyKey, Class<A> answerType,
            Function<Listing, A> answer) {
        if (idempotencyKey == null) {
            return answer.apply(submit(submitted));
        }
        return idempotency.run("listing-submission", idempotencyKey, submitted, answerType,
                () -> answer.apply(submit(submitted)));
    }

    private Listing submit(SubmitListing submitted) {
        Listing listing = newListing(submitted);
        screening.screen(listing, ScreeningCause.SUBMITTED);
        listings.persist(listing);
        return listing;
    }

    /**
     * A catalogue upload: many listings screened and stored in one transaction, answered in the order sent. With an
     * Idempotency-Key a retried upload gets the first answer back instead of listing everything twice.
     */
    @Transactional
    public <A> A submitAll(List<SubmitListing> submitted, String idempotencyKey, Class<A> answerType,
            Function<List<Listing>, A> answer) {
        if (idempotencyKey == null) {
            return answer.apply(submitAll(submitted));
        }
        return idempotency.run("listing-batch", idempotencyKey, submitted, answerType,
                () -> answer.apply(submitAll(submitted)));
    }

    private List<Listing> submitAll(List<SubmitListing> submitted) {
        List<Listing> created = submitted.stream().map(this::newListing).toList();
        screening.screenNew(created);
        created.forEach(listings::persist);
        return created;
    }

    /**
     * New words or images need a new screening; a moderator's clearance was for the old ones. A listing confirmed
     * as infringing cannot be edited back to life: that is what appeals are for.
     */
    @Transactional
    public Listing update(String id, SubmitListing edited) {
        Listing listing = listings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("listing", id));
        if (listing.settledAsInfringing()) {
            throw ProblemException.conflict("listing " + id + " was found " + listing.verdict
                    + " by a moderator; only an appeal can change that");
        }
        if (!listing.screenable()) {
            throw ProblemException.conflict("listing " + id + " was taken down; it cannot be edited back to life");
        }
        if (!listing.sellerId.equals(edited.sellerId())) {
            throw ProblemException.badRequest("sellerId", "a listing cannot move to another seller");
        }
        fill(listing, edited);
        listing.edited(listing.updatedAt);
        screening.screen(listing, ScreeningCause.UPDATED);
        return listing;
    }

    private Listing newListing(SubmitListing submitted) {
        Listing listing = new Listing();
        listing.id = UUID.randomUUID().toString();
        listing.createdAt = clock.instant();
        fill(listing, submitted);
        return listing;
    }

    private void fill(Listing listing, SubmitListing submitted) {
        listing.sellerId = submitted.sellerId().trim();
        listing.title = submitted.title().trim();
        listing.description = submitted.description();
        listing.brandField = submitted.brand();
        listing.category = submitted.category().trim().toLowerCase(Locale.ROOT);
        listing.priceAmount = submitted.price().amount();
        listing.priceCurrency = submitted.price().currency();
        listing.quantity = submitted.quantity();
        listing.imageHashes = new ArrayList<>(submitted.imageHashes().stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).toList());
        listing.updatedAt = clock.instant();
    }
}
