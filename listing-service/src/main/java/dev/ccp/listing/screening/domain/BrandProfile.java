package dev.ccp.listing.screening.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What screening knows of a brand: who may sell it and its products' floors, signature terms and images. */
public record BrandProfile(String brandId, String name, List<String> protectedWords, Set<String> authorizedSellers,
        List<Product> products) {

    /**
     * @param minPrice      the lowest price of the genuine product when new, in {@code currency}
     * @param signatureTerms the words that together describe the product without naming the brand
     * @param referenceImages 64-bit perceptual hashes of genuine product images
     */
    public record Product(String sku, String name, String category, List<String> signatureTerms, BigDecimal minPrice,
            String currency, List<Long> referenceImages) {
    }
}
