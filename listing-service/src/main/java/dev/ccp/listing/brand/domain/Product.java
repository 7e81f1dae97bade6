package dev.ccp.listing.brand.domain;

import dev.ccp.contracts.Money;
import java.util.List;

/**
 * A product the brand makes. {@code minPrice} is the lowest genuine price when new; {@code signatureTerms} the
 * words that together describe it without the brand; image hashes are 64-bit perceptual hashes in hex.
 */
public record Product(String sku, String name, String category, List<String> signatureTerms, Money minPrice,
        List<String> referenceImageHashes) {
}
