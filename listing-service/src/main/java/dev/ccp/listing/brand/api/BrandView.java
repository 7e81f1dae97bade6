package dev.ccp.listing.brand.api;

import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.Product;
import dev.ccp.listing.brand.domain.Trademark;
import java.time.Instant;
import java.util.List;

/** A brand profile as staff and the brand itself read it. */
public record BrandView(String id, String key, String name, List<String> aliases, List<String> protectedTerms,
        List<Trademark> trademarks, List<Product> products, List<String> authorizedSellers,
        boolean selfServiceRemoval, Instant createdAt, Instant updatedAt) {

    public static BrandView of(Brand brand) {
        return new BrandView(brand.id, brand.key, brand.name, brand.aliases, brand.protectedTerms, brand.trademarks,
                brand.products, brand.authorizedSellers, brand.selfServiceRemoval, brand.createdAt, brand.updatedAt);
    }
}
