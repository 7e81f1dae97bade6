package dev.ccp.listing.screening.domain;

/** A brand reported the listing as infringing its rights ({@code type}: counterfeit, trademark, ...). */
public record BrandReport(String brandId, String type) {
}
