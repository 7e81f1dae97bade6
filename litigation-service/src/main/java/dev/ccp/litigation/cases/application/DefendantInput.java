package dev.ccp.litigation.cases.application;

/** A defendant as received: a seller id, its role in the scheme (default SELLER) and an ISO 3166 country or null. */
public record DefendantInput(String sellerId, String role, String country) {
}
