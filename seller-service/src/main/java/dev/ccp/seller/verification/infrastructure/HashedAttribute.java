package dev.ccp.seller.verification.infrastructure;

import dev.ccp.seller.verification.domain.IdentityKind;

/** An identity attribute as stored and looked up: its kind and its keyed hash, computed once per application. */
public record HashedAttribute(IdentityKind kind, byte[] hash) {
}
