package dev.ccp.takedown.takedowns.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a statement of reasons states: the action, the listing it concerns, the ground, and how it was reached.
 *
 * @param brandIds the registered brands whose trademarks the listing infringed (listing-service's brand ids)
 * @param claimedBrand the brand the listing itself named; may be null
 * @param automatedDetection whether automated screening flagged the listing
 * @param automatedDecision whether the decision was taken without a person
 * @param decidedBy who confirmed the counterfeit (a moderator's subject, or the source of an automated decision)
 * @param actionTakenAt when the action against the seller took effect
 */
public record StatementFacts(String takedownId, String listingId, String sellerId, SellerAction action,
        List<String> brandIds, String listingTitle, String claimedBrand, boolean automatedDetection,
        boolean automatedDecision, String decidedBy, Instant decidedAt, Instant actionTakenAt) {
    public StatementFacts {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(action, "action");
        brandIds = List.copyOf(brandIds);
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(actionTakenAt, "actionTakenAt");
    }
}
