package dev.ccp.listing.screening.domain;

import java.util.List;
import java.util.Set;

/** A listing a moderator confirmed as counterfeit, as relisting detection remembers it. */
public record ConfirmedCounterfeit(String listingId, String sellerId, Set<String> brandIds, List<String> words,
        List<Long> images) {
    public ConfirmedCounterfeit {
        brandIds = Set.copyOf(brandIds);
        words = List.copyOf(words);
        images = List.copyOf(images);
    }
}
