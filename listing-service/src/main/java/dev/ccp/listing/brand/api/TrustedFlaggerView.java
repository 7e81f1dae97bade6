package dev.ccp.listing.brand.api;

import dev.ccp.listing.brand.application.DesignatingTrustedFlagger;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the brand is a trusted flagger, and every designation and withdrawal: who, when, why. */
public record TrustedFlaggerView(String brandId, boolean trustedFlagger, List<Change> history) {

    @Schema(name = "TrustedFlaggerChange")
    public record Change(boolean trustedFlagger, String note, String changedBy, Instant changedAt) {
    }

    static TrustedFlaggerView of(DesignatingTrustedFlagger.Standing standing) {
        return new TrustedFlaggerView(standing.brandId(), standing.trustedFlagger(), standing.history().stream()
                .map(c -> new Change(c.trustedFlagger, c.note, c.changedBy, c.changedAt)).toList());
    }
}
