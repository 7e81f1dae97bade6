package dev.ccp.seller.infrastructure;

import dev.ccp.seller.domain.identity.IdentityKind;

/** An identity attribute as stored and looked up: its kind and its keyed hash, computed once per application. */
public record HashedAttribute(IdentityKind kind, byte[] hash) {
}
