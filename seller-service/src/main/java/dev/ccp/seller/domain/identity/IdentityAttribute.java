package dev.ccp.seller.domain.identity;

/** One normalised identity attribute of an application, before it is hashed. */
public record IdentityAttribute(IdentityKind kind, String normalised) {
}
