package dev.ccp.listing.brand.api;

import dev.ccp.listing.brand.domain.BrandChange;
import dev.ccp.listing.brand.domain.Product;
import java.time.Instant;
import java.util.List;

/** A partner's change to what screening protects, and what staff decided. */
public record BrandChangeView(String id, String brandId, BrandChange.Status status, String name, List<String> aliases,
        List<String> protectedTerms, List<Product> products, String proposedBy, Instant proposedAt, String decidedBy,
        Instant decidedAt, String note) {

    public static BrandChangeView of(BrandChange change) {
        BrandChange.Proposal p = change.details;
        return new BrandChangeView(change.id, change.brandId, change.status, p.name(), p.aliases(),
                p.protectedTerms(), p.products(), change.proposedBy, change.proposedAt, change.decidedBy,
                change.decidedAt, change.note);
    }
}
