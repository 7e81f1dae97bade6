package dev.ccp.listing.config;

import io.smallrye.config.WithDefault;

/** {@code listing.reports.*}: what a brand's reports alone may do to listings. */
public interface ReportSettings {
    /**
     * Most listings a brand's open reports hold at once (held, no verdict yet); past it, the listings it reports go
     * to the review queue without being held.
     */
    @WithDefault("100")
    int heldQuota();
}
