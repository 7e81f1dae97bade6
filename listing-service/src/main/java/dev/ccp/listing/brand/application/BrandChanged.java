package dev.ccp.listing.brand.application;

/** A brand was registered or edited: screening rebuilds its index once the transaction commits. */
public record BrandChanged(String brandId) {
}
