package dev.ccp.takedown.takedowns.domain;

import java.time.Instant;

/** Which takedowns staff ask for; every part is optional (null). {@code from} inclusive, {@code to} exclusive. */
public record TakedownSearch(String listingId, String sellerId, String brandId, TakedownStatus status, Instant from,
        Instant to) {
}
