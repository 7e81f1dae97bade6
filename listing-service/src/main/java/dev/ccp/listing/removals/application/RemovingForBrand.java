package dev.ccp.listing.removals.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import dev.ccp.listing.listings.application.ConfirmingOnBrandsWord;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.removals.domain.RemovalItem;
import dev.ccp.listing.removals.domain.SelfServiceRemoval;
import dev.ccp.listing.removals.infrastructure.RemovalItemRepository;
import dev.ccp.listing.removals.infrastructure.SelfServiceRemovalRepository;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A brand with the privilege removes listings itself: each one that relates to the brand (its words, products or
 * images, as screening matches them) is confirmed counterfeit on the brand's word at once, so takedown follows;
 * every other one is refused with why. A brand without the privilege, or whose privilege is suspended, is refused
 * whole (403).
 */
@ApplicationScoped
public class RemovingForBrand {
    private final BrandRepository brands;
    private final ListingRepository listings;
    private final SelfServiceRemovalRepository removals;
    private final RemovalItemRepository items;
    private final ConfirmingOnBrandsWord confirming;
    private final ScreeningCatalog catalog;
    private final MeterRegistry metrics;
    private final Clock clock;

    RemovingForBrand(BrandRepository brands, ListingRepository listings, SelfServiceRemovalRepository removals,
            RemovalItemRepository items, ConfirmingOnBrandsWord confirming, ScreeningCatalog catalog,
            MeterRegistry metrics, Clock clock) {
        this.brands = brands;
        this.listings = listings;
        this.removals = removals;
        this.items = items;
        this.confirming = confirming;
        this.catalog = catalog;
        this.metrics = metrics;
        this.clock = clock;
    }

    public record Done(SelfServiceRemoval removal, List<RemovalItem> items) {
    }

    @Transactional
    public Done remove(String brandId, RemoveForBrand command, String actor) {
        Brand brand = brands.findByIdOptional(brandId, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ProblemException.notFound("brand", brandId));
        if (!brand.mayRemoveListings()) {
            throw new ProblemException(403, "Forbidden", brand.selfServiceRemoval
                    ? "the brand's self-service removal is suspended since " + brand.removalPrivilegeSuspendedAt
                            + ": " + brand.removalPrivilegeSuspension
                    : "the brand does not have self-service removal", List.of());
        }
        List<String> ids = command.listingIds().stream().map(String::trim).distinct().toList();
        Map<String, Listing> found = listings.find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(l -> l.id, Function.identity()));

        SelfServiceRemoval removal = new SelfServiceRemoval();
        removal.id = UUID.randomUUID().toString();
        removal.brandId = brand.id;
        removal.reason = command.reason().trim();
        removal.evidence = command.evidence();
        removal.requestedBy = actor;
        removal.requestedAt = clock.instant();
        removals.persist(removal);

        List<RemovalItem> done = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            done.add(decide(removal, i, ids.get(i), found.get(ids.get(i))));
        }
        items.persist(done);
        done.forEach(item -> metrics.counter("ccp.listing.self-service-removals", "outcome",
                item.status.name()).increment());
        return new Done(removal, done);
    }

    private RemovalItem decide(SelfServiceRemoval removal, int position, String id, Listing listing) {
        if (listing == null) {
            return RemovalItem.refused(removal, position, id, RemovalItem.Refusal.UNKNOWN_LISTING, "no such listing");
        }
        if (listing.removed()) {
            return RemovalItem.refused(removal, position, id, RemovalItem.Refusal.ALREADY_REMOVED,
                    "the listing is already removed");
        }
        if (listing.settledAsInfringing()) {
            return RemovalItem.refused(removal, position, id, RemovalItem.Refusal.ALREADY_FOUND_INFRINGING,
                    "a moderator already found the listing " + listing.verdict);
        }
        if (!catalog.brandsConcernedBy(listing.text()).contains(removal.brandId)) {
            return RemovalItem.refused(removal, position, id, RemovalItem.Refusal.NOT_RELATED_TO_BRAND,
                    "the listing shows none of the brand's words, products or images (or its seller is authorised)");
        }
        confirming.confirm(listing, removal.brandId, "self-service removal " + removal.id + ": " + removal.reason);
        return RemovalItem.removed(removal, position, id);
    }
}
