package dev.ccp.seller.verification.domain;

/** One normalised identity attribute of an application, before it is hashed. */
public record IdentityAttribute(IdentityKind kind, String normalised) {
}
