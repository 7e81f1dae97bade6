package dev.ccp.listing.listings.api;

import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingStatus;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every listing of an upload with its screening, in the order sent, and how many ended in each status. */
public record ListingBatchView(List<ListingView> listings, Map<ListingStatus, Integer> outcomes) {

    public static ListingBatchView of(List<Listing> listings) {
        Map<ListingStatus, Integer> outcomes = new TreeMap<>();
        listings.forEach(l -> outcomes.merge(l.status, 1, Integer::sum));
        return new ListingBatchView(listings.stream().map(ListingView::of).toList(), outcomes);
    }
}
