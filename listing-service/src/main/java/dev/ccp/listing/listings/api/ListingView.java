package dev.ccp.listing.listings.api;

import dev.ccp.contracts.Money;
import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.domain.Verdict;
import java.time.Instant;
import java.util.List;

/** A listing and its current screening, as staff and the marketplace read it. */
public record ListingView(String id, String sellerId, ListingStatus status, ScreeningView screening, String title,
        String description, String brand, String category, Money price, int quantity, List<String> imageHashes,
        Verdict verdict, RemovalView removal, Instant createdAt, Instant updatedAt) {

    /** @param brandIds the brands the evidence concerns */
    public record ScreeningView(int score, List<ScreeningSignal> signals, List<String> brandIds, Instant screenedAt) {
    }

    /** Why a removed listing is down; null unless it is. */
    public record RemovalView(String reason, String reference, String removedBy, Instant removedAt) {
    }

    public static ListingView of(Listing l) {
        return new ListingView(l.id, l.sellerId, l.status, new ScreeningView(l.score, l.signals, l.brandIds,
                l.screenedAt), l.title, l.description, l.brandField, l.category,
                new Money(l.priceAmount.stripTrailingZeros().scale() < 2 ? l.priceAmount.setScale(2)
                        : l.priceAmount.stripTrailingZeros(), l.priceCurrency),
                l.quantity, l.imageHashes, l.verdict,
                l.removed() ? new RemovalView(l.removalReason, l.removalReference, l.removedBy, l.removedAt) : null,
                l.createdAt, l.updatedAt);
    }
}
