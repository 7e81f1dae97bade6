package dev.ccp.listing.listings.application;

import dev.ccp.contracts.Money;
import java.util.List;

/**
 * A listing as the marketplace submits or edits it, already validated at the API edge.
 *
 * @param brand       what the seller typed as the brand, if anything
 * @param imageHashes 64-bit perceptual hashes, 16 hex characters each, in the seller's order
 */
public record SubmitListing(String sellerId, String title, String description, String brand, String category,
        Money price, int quantity, List<String> imageHashes) {
    public SubmitListing {
        imageHashes = imageHashes == null ? List.of() : List.copyOf(imageHashes);
    }
}
