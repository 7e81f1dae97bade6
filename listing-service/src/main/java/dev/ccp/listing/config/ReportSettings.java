package dev.ccp.listing.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code listing.reports.*}: what a brand's reports alone may do to listings, and when a brand's reports are often rejected. */
public interface ReportSettings {
    /**
     * Most listings a brand's open reports hold at once (held, no verdict yet); past it, the listings it reports go
     * to the review queue without being held.
     */
    @WithDefault("100")
    int heldQuota();

    /** A brand whose decided report items are found not infringing this often (on enough of them) shows to staff. */
    @WithDefault("50")
    int oftenRejectedFromPercent();

    @WithDefault("10")
    int oftenRejectedMinimumDecided();

    /** How often the gauge {@code ccp.listing.brands.reports-often-rejected} is recounted. */
    @WithDefault("60s")
    Duration oftenRejectedRefresh();
}
