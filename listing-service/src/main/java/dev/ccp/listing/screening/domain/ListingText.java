package dev.ccp.listing.screening.domain;

import dev.ccp.listing.screening.domain.BrandProfile.Product;
import java.math.BigDecimal;
import java.util.List;

/** The parts of a listing screening reads. {@code brandField} is what the seller typed as the brand. */
public record ListingText(String sellerId, String title, String description, String brandField, String category,
        BigDecimal price, String currency, int quantity, List<Long> imageHashes) {

    String text() {
        return title + " " + (description == null ? "" : description) + " " + (brandField == null ? "" : brandField);
    }

    /** The title and the brand field: where a seller puts the words shoppers are to read as the brand. */
    String titleAndBrand() {
        return title + " " + (brandField == null ? "" : brandField);
    }

    String descriptionText() {
        return description == null ? "" : description;
    }

    /** The product's floor can judge this price: same currency (no conversion guesses). */
    boolean comparableTo(Product product) {
        return price != null && product.minPrice() != null && product.currency().equalsIgnoreCase(currency);
    }
}
