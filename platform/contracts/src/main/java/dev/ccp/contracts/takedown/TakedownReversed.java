package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The takedown was reversed, whatever overturned it: its strike no longer counts, its held stock is released and
 * the account it closed is being reinstated; refunds already paid stay paid. A granted appeal also announces its own
 * decision ({@code takedown.appeal-granted}); an upheld counter-notice was decided in listing-service, which
 * reinstated the listing itself.
 *
 * @param cause      {@code APPEAL_GRANTED} or {@code COUNTER_NOTICE_UPHELD}
 * @param reference  the record behind it: the appeal id or the counter-notice id
 * @param reversedBy who decided it: the trust admin or the reviewer
 */
public record TakedownReversed(String takedownId, String listingId, String sellerId, List<String> brandIds,
        String cause, String reference, String reversedBy, Instant reversedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.reversed";

    public TakedownReversed {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(Objects.requireNonNull(brandIds, "brandIds"));
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reversedBy, "reversedBy");
        Objects.requireNonNull(reversedAt, "reversedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
