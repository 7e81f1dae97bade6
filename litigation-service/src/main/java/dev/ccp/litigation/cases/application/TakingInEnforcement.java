package dev.ccp.litigation.cases.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ccp.contracts.DomainEvent;
import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.PromotionReported;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.takedown.TakedownCompleted;
import dev.ccp.contracts.takedown.TakedownReversed;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.domain.PendingFact;
import dev.ccp.litigation.cases.infrastructure.IntakeRepository;
import dev.ccp.litigation.config.LitigationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case intake: enforcement facts grouped into one case per bad-actor cluster (a seller and its linked accounts
 * in seller-service) and brand. A confirmation or takedown of a cluster's seller for a brand joins the brand's case
 * that still takes enforcement (not CLOSED or DISMISSED) naming one of the cluster's sellers; without one, a
 * confirmation opens a case when {@link LitigationConfig.Intake#openingRule()} says so, and every fact that cannot
 * reach a case yet is remembered until the later fact that opens or reaches it. Runs in core's inbox transaction,
 * one intake transaction at a time.
 */
@ApplicationScoped
public class TakingInEnforcement {
    public static final Set<String> LISTING_TYPES = Set.of(ListingCounterfeitConfirmed.TYPE, PromotionReported.TYPE);
    public static final Set<String> TAKEDOWN_TYPES = Set.of(TakedownCompleted.TYPE, TakedownReversed.TYPE);
    public static final Set<String> SELLER_TYPES = Set.of(SellerClosed.TYPE);

    private final IntakeRepository intake;
    private final FeedingCase feeding;
    private final SellerDirectory directory;
    private final LitigationConfig config;
    private final Clock clock;

    TakingInEnforcement(IntakeRepository intake, FeedingCase feeding, SellerDirectory directory,
            LitigationConfig config, Clock clock) {
        this.intake = intake;
        this.feeding = feeding;
        this.directory = directory;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        DomainEvent payload = event.payload();
        // the cluster is asked before the lock, so an outage of seller-service holds this event, not the others
        if (payload instanceof ListingCounterfeitConfirmed confirmed) {
            Cluster cluster = confirmed.brandIds().isEmpty() ? null : clusterOf(confirmed.sellerId());
            intake.lock();
            confirmed(event, confirmed, cluster);
        } else if (payload instanceof TakedownCompleted completed) {
            Cluster cluster = completed.brandIds().isEmpty() ? null : clusterOf(completed.sellerId());
            intake.lock();
            completed(event, completed, cluster);
        } else if (payload instanceof TakedownReversed reversed) {
            intake.lock();
            reversed(reversed);
        } else if (payload instanceof PromotionReported promotion) {
            intake.lock();
            promoted(event, promotion);
        } else if (payload instanceof SellerClosed closed) {
            intake.lock();
            closed(event, closed);
        }
    }

    /** A confirmation without brand ids (no registered brand) is nobody's case. */
    private void confirmed(EventEnvelope event, ListingCounterfeitConfirmed confirmed, Cluster cluster) {
        boolean mayOpen = config.intake().openingRule().opens(intake.isClosed(confirmed.sellerId()));
        for (String brand : new LinkedHashSet<>(confirmed.brandIds())) {
            Optional<LitigationCase> found = caseOf(brand, cluster, mayOpen, event.id());
            if (found.isEmpty()) {
                remember(PendingFact.Kind.CONFIRMATION, confirmed.sellerId(), confirmed.listingId(), brand, event);
                continue;
            }
            feeding.confirmation(found.get(), event.id(), confirmed);
            settle(found.get(), brand, cluster);
        }
    }

    private void completed(EventEnvelope event, TakedownCompleted completed, Cluster cluster) {
        for (String brand : new LinkedHashSet<>(completed.brandIds())) {
            Optional<LitigationCase> found = caseOf(brand, cluster, false, event.id());
            if (found.isEmpty()) {
                remember(PendingFact.Kind.TAKEDOWN, completed.sellerId(), completed.listingId(), brand, event);
                continue;
            }
            feeding.takedown(found.get(), event.id(), completed);
            settle(found.get(), brand, cluster);
        }
    }

    /**
     * To every case holding the listing. A reversal of a takedown no case holds yet withdraws the listing's waiting
     * confirmation and takedown: an overturned finding opens no case.
     */
    private void reversed(TakedownReversed reversed) {
        List<LitigationCase> holding = intake.casesHolding(List.of(reversed.listingId()));
        holding.forEach(c -> feeding.reversal(c, reversed));
        if (holding.isEmpty()) {
            intake.forgetFindingsOf(reversed.listingId());
        }
    }

    /** To every case holding one of the promoted listings (of the claimed brand, when it claims one). */
    private void promoted(EventEnvelope event, PromotionReported promotion) {
        if (promotion.listingIds().isEmpty()) {
            return;
        }
        Set<String> reached = new HashSet<>();
        for (LitigationCase litigationCase : intake.casesHolding(promotion.listingIds())) {
            if (promotion.claimedBrandId() == null || litigationCase.concernsBrand(promotion.claimedBrandId())) {
                feeding.promotion(litigationCase, event.id(), promotion);
                reached.addAll(intake.listingsOf(litigationCase.id()));
            }
        }
        for (String listingId : new LinkedHashSet<>(promotion.listingIds())) {
            if (!reached.contains(listingId)) {
                remember(PendingFact.Kind.PROMOTION, null, listingId, promotion.claimedBrandId(), event);
            }
        }
    }

    /** A closure counts in the seller's cases, and opens the cases its confirmations were waiting for. */
    private void closed(EventEnvelope event, SellerClosed closed) {
        if (!intake.recordClosure(closed.sellerId(), event.id(), closed.reason(), closed.reference(),
                closed.closedAt())) {
            return;
        }
        intake.casesNaming(closed.sellerId()).forEach(c -> feeding.closedAccount(c, closed.sellerId()));
        List<PendingFact> waiting = intake.confirmationsOf(closed.sellerId());
        if (waiting.isEmpty()) {
            return;
        }
        Cluster cluster = clusterOf(closed.sellerId());
        Set<String> brands = new LinkedHashSet<>();
        waiting.forEach(f -> brands.add(f.brandId()));
        for (String brand : brands) {
            caseOf(brand, cluster, true, event.id()).ifPresent(c -> settle(c, brand, cluster));
        }
    }

    /** The brand's case of the cluster, joined by the cluster's sellers it does not name yet; or a new one. */
    private Optional<LitigationCase> caseOf(String brand, Cluster cluster, boolean mayOpen, String cause) {
        Optional<LitigationCase> found = intake.caseOf(brand, cluster.sellerIds());
        if (found.isPresent()) {
            feeding.join(found.get(), cluster, cause);
            return found;
        }
        return mayOpen ? Optional.of(feeding.open(brand, cluster, cause)) : Optional.empty();
    }

    /** Applies what was waiting for this case: the cluster's confirmations and takedowns, its listings' promotions. */
    private void settle(LitigationCase litigationCase, String brand, Cluster cluster) {
        for (PendingFact fact : intake.waitingFor(brand, cluster.sellerIds())) {
            if (fact.kind() == PendingFact.Kind.CONFIRMATION) {
                feeding.confirmation(litigationCase, fact.eventId(), read(fact, ListingCounterfeitConfirmed.class));
            } else {
                feeding.takedown(litigationCase, fact.eventId(), read(fact, TakedownCompleted.class));
            }
            intake.forget(fact);
        }
        List<String> listings = intake.listingsOf(litigationCase.id());
        if (!listings.isEmpty()) {
            for (PendingFact fact : intake.promotionsOf(listings, litigationCase.brandIds())) {
                feeding.promotion(litigationCase, fact.eventId(), read(fact, PromotionReported.class));
                intake.forget(fact);
            }
        }
    }

    /** The seller and its linked accounts, as many as one case names at most. */
    private Cluster clusterOf(String sellerId) {
        List<SellerDirectory.LinkedAccount> links = directory.linksOf(sellerId);
        int most = Math.max(0, config.cases().maxParties() - 1);
        return new Cluster(sellerId, links.size() > most ? links.subList(0, most) : links);
    }

    private void remember(PendingFact.Kind kind, String sellerId, String listingId, String brandId, EventEnvelope event) {
        try {
            intake.remember(kind, sellerId, listingId, brandId, event.id(), event.type(),
                    EventJson.mapper().writeValueAsString(event.data()), clock.instant());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(PendingFact fact, Class<T> type) {
        try {
            return EventJson.mapper().readValue(fact.payload(), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
