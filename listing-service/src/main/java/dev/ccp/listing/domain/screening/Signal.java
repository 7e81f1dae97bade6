package dev.ccp.listing.domain.screening;

/** One piece of evidence with its weight and a reason a moderator reads. Weight 0 is information only. */
public record Signal(String code, int weight, String detail) {
}
