package dev.ccp.contracts.listing;

import dev.ccp.contracts.Money;
import java.util.List;

/** The listing as it read when it was judged: evidence, kept as it was even if the listing changes later. */
public record ListingSnapshot(String title, String description, String brand, String category, Money price,
        int quantity, List<String> imageHashes) {
    public ListingSnapshot {
        imageHashes = imageHashes == null ? List.of() : List.copyOf(imageHashes);
    }
}
