package dev.ccp.listing.brand.domain;

import java.util.List;

/** A registered trademark: the office, its registration number and the Nice classes it covers. */
public record Trademark(String office, String registrationNumber, List<Integer> classes) {
}
