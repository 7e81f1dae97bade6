package dev.ccp.listing.listings.api;

import dev.ccp.listing.listings.domain.Verdict;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A moderator's verdict on a listing, with the note that explains it. */
public record DecisionRequest(@NotNull Verdict verdict, @Size(max = 4000) String note) {
}
