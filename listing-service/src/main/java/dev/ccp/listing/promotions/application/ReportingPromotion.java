package dev.ccp.listing.promotions.application;

import dev.ccp.contracts.listing.PromotionReported;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.listings.application.ScreeningListing;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.promotions.domain.Promotion;
import dev.ccp.listing.promotions.infrastructure.PromotionRepository;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Files an off-platform promotion as evidence and re-screens every listing it links to before answering, so a
 * generic listing sold off-platform as a brand is held at once.
 */
@ApplicationScoped
public class ReportingPromotion {
    private final PromotionRepository promotions;
    private final ListingRepository listings;
    private final ScreeningListing screening;
    private final ScreeningCatalog catalog;
    private final Outbox outbox;
    private final Clock clock;

    ReportingPromotion(PromotionRepository promotions, ListingRepository listings, ScreeningListing screening,
            ScreeningCatalog catalog, Outbox outbox, Clock clock) {
        this.promotions = promotions;
        this.listings = listings;
        this.screening = screening;
        this.catalog = catalog;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Reported(Promotion promotion, Map<String, Listing> listings) {
    }

    /** @param partnerBrandId the reporting partner's brand (it can only claim its own), or null for staff */
    @Transactional
    public Reported report(ReportPromotion request, String reporter, String partnerBrandId) {
        List<String> ids = request.listingIds().stream().map(String::trim).distinct().toList();
        Map<String, Listing> linked = listings.allNamed(request.listingIds());
        // The platform's claim when there is one; otherwise the brand the caption names, if any.
        String asked = catalog.brandMentioned(request.claimedBrand()).orElse(null);
        String claimed = asked != null ? asked : catalog.brandMentioned(request.caption()).orElse(null);
        if (partnerBrandId != null) {
            if (request.claimedBrand() != null && !request.claimedBrand().isBlank() && !partnerBrandId.equals(asked)) {
                throw ProblemException.badRequest("claimedBrand", "a brand partner reports promotions of its own brand");
            }
            claimed = partnerBrandId;
        }

        Promotion promotion = new Promotion();
        promotion.id = UUID.randomUUID().toString();
        promotion.platform = request.platform().trim().toUpperCase(Locale.ROOT);
        promotion.postUrl = request.postUrl();
        promotion.accountHandle = request.accountHandle();
        promotion.claimedBrandId = claimed;
        promotion.caption = request.caption();
        promotion.postedAt = request.postedAt();
        promotion.reportedBy = reporter;
        promotion.reportingBrandId = partnerBrandId;
        promotion.reportedAt = clock.instant();
        promotion.listingIds = new ArrayList<>(ids);
        promotions.persist(promotion);
        promotions.flush(); // the re-screens below read the promotion back

        outbox.append(new PromotionReported(promotion.id, promotion.platform, promotion.postUrl,
                promotion.accountHandle, promotion.claimedBrandId, promotion.caption, promotion.listingIds,
                promotion.postedAt, reporter, promotion.reportedAt));
        for (Listing listing : linked.values()) {
            screening.rescreen(listing);
        }
        return new Reported(promotion, linked);
    }
}
