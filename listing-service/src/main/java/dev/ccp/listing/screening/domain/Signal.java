package dev.ccp.listing.screening.domain;

/**
 * One piece of evidence with its weight and a reason a moderator reads. Weight 0 is information only.
 *
 * @param brandId the brand the evidence is about, or null (replica vocabulary, the seller's standing)
 */
public record Signal(String code, int weight, String detail, String brandId) {
    public Signal(String code, int weight, String detail) {
        this(code, weight, detail, null);
    }
}
