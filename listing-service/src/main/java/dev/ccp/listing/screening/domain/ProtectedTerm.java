package dev.ccp.listing.screening.domain;

/** A word or phrase a brand protects: its name, an alias, or a product line ("Neverfull", "Air Jordan"). */
public record ProtectedTerm(String brandId, String term) {
}
