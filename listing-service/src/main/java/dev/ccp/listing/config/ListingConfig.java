package dev.ccp.listing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** listing-service settings; every key is documented in the README (the partner edge has core's {@code ccp.partner}). */
@ConfigMapping(prefix = "listing")
public interface ListingConfig {

    Screening screening();

    SellerService sellerService();

    interface Screening {
        /**
         * Overrides of the screening weights and thresholds by name, e.g. {@code listing.screening.rules.held-from=45};
         * the defaults and their meaning are in docs/listing-screening.md.
         */
        Map<String, String> rules();

        /** How often a replica checks whether another one changed brands or confirmed counterfeits. */
        @WithDefault("5s")
        Duration refreshInterval();

        /** Most listings one new piece of evidence (a confirmed counterfeit's images) re-screens at once. */
        @WithDefault("2000")
        int rescreenLimit();
    }

    interface SellerService {
        /** Ask seller-service for a seller no event has told us about yet (events may lag a new account). */
        @WithDefault("true")
        boolean lookupOnMiss();

        /** Bearer token (role {@code service}) for those look-ups; without it none is attempted. */
        Optional<String> token();

        /**
         * Most look-ups one catalogue upload makes; its other unseen sellers count as not verified (their listings
         * are held and released when the sellers' events arrive). Bounds how long an upload can wait on a slow
         * seller-service while holding its transaction.
         */
        @WithDefault("10")
        int lookupsPerUpload();
    }
}
