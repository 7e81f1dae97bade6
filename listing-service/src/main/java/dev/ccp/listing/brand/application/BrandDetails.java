package dev.ccp.listing.brand.application;

import dev.ccp.listing.brand.domain.BrandChange;
import dev.ccp.listing.brand.domain.Product;
import dev.ccp.listing.brand.domain.Trademark;
import java.util.List;

/** What staff or the brand itself may set on a brand profile (validated at the API edge). */
public record BrandDetails(String name, List<String> aliases, List<String> protectedTerms, List<Trademark> trademarks,
        List<Product> products, List<String> authorizedSellers, Boolean selfServiceRemoval) {

    /** The parts screening protects with, which a partner's own change to waits for staff approval. */
    public BrandChange.Proposal protectedParts() {
        return new BrandChange.Proposal(name == null ? null : name.trim(), RegisteringBrand.copy(aliases),
                RegisteringBrand.copy(protectedTerms), products == null ? List.of() : List.copyOf(products));
    }
}
