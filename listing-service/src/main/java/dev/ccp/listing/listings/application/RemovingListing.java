package dev.ccp.listing.listings.application;

import dev.ccp.contracts.listing.ListingReinstated;
import dev.ccp.contracts.listing.ListingRemoved;
import dev.ccp.core.idempotency.IdempotentCommands;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingAction;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.infrastructure.ListingActionRepository;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Takes listings down and brings them back (takedown-service calls this after a confirmed counterfeit, and again
 * when an appeal is granted), audited and announced in the same transaction. A retry with the same
 * Idempotency-Key replays the first answer; removing a removed listing changes nothing and announces nothing.
 */
@ApplicationScoped
public class RemovingListing {
    private final ListingRepository listings;
    private final ListingActionRepository actions;
    private final ScreeningListing screening;
    private final IdempotentCommands idempotency;
    private final Outbox outbox;
    private final Clock clock;

    RemovingListing(ListingRepository listings, ListingActionRepository actions, ScreeningListing screening,
            IdempotentCommands idempotency, Outbox outbox, Clock clock) {
        this.listings = listings;
        this.actions = actions;
        this.screening = screening;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Removes and answers with {@code answer} of the listing; the answer is stored with the key, so the caller's
     * answer type must read back from its own JSON.
     *
     * @param actor who asks: the audit's "who", not part of what a retry must repeat
     */
    @Transactional
    public <A> A remove(RemoveListing command, String idempotencyKey, String actor, Class<A> answerType,
            Function<Listing, A> answer) {
        return idempotency.run("listing-removal", idempotencyKey, command, answerType, () -> {
            Listing listing = existingForUpdate(command.listingId());
            if (!listing.removed()) {
                outbox.append(removeOne(listing, command.reason(), command.reference(), actor));
            }
            return answer.apply(listing);
        });
    }

    /**
     * Gives a removed listing back the status it had, then screens it again on today's evidence (a seller closed
     * meanwhile, a brand's report): a listing never goes live on evidence that no longer holds. A moderator's
     * verdict stands as it did before the removal.
     */
    @Transactional
    public <A> A reinstate(ReinstateListing command, String idempotencyKey, String actor, Class<A> answerType,
            Function<Listing, A> answer) {
        return idempotency.run("listing-reinstatement", idempotencyKey, command, answerType, () -> {
            Listing listing = existingForUpdate(command.listingId());
            if (!listing.removed()) {
                throw ProblemException.conflict("listing " + listing.id + " is " + listing.status
                        + ", not removed: only a removed listing can be reinstated");
            }
            listing.reinstate(clock.instant());
            screening.rescreenUnannounced(listing);
            actions.persist(ListingAction.of(listing, ListingAction.Kind.REINSTATED, ListingStatus.REMOVED,
                    command.reason(), command.reference(), actor));
            outbox.append(new ListingReinstated(listing.id, listing.sellerId, listing.brandIds, listing.status.name(),
                    command.reason(), command.reference(), actor, listing.updatedAt));
            return answer.apply(listing);
        });
    }

    /**
     * Removes up to {@code limit} of the seller's live and held listings in a transaction of its own and announces
     * each. Repeating it is safe: a removed listing is never picked again.
     *
     * @return how many it removed; fewer than {@code limit} means none is left
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeLiveListingsOfSeller(String sellerId, String reason, String reference, String actor, int limit) {
        List<Listing> chunk = listings.liveOfSellerForUpdate(sellerId, limit);
        List<ListingRemoved> events = new ArrayList<>(chunk.size());
        for (Listing listing : chunk) {
            events.add(removeOne(listing, reason, reference, actor));
        }
        outbox.appendAll(events);
        return chunk.size();
    }

    /** The audit trail of removals and reinstatements, oldest first. */
    public List<ListingAction> history(String id) {
        if (listings.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("listing", id);
        }
        return actions.history(id);
    }

    private ListingRemoved removeOne(Listing listing, String reason, String reference, String actor) {
        ListingStatus before = listing.status;
        listing.remove(reason, reference, actor, clock.instant());
        actions.persist(ListingAction.of(listing, ListingAction.Kind.REMOVED, before, reason, reference, actor));
        return new ListingRemoved(listing.id, listing.sellerId, listing.brandIds, reason, reference, actor,
                listing.removedAt);
    }

    private Listing existingForUpdate(String id) {
        return listings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("listing", id));
    }
}
