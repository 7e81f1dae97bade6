package dev.ccp.listing.listings.domain;

import dev.ccp.listing.screening.domain.SellerStanding;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where sellers stand, as screening reads it (kept by the sellers feature). Unknown counts as not verified. */
public interface SellerStandings {

    /** A seller's standing and what verification found on it. */
    record Standing(SellerStanding status, int riskScore, List<String> riskReasons, boolean missing) {
        /** Nobody could say yet (no event, seller-service not asked or not answering): not verified. */
        public static final Standing UNKNOWN = new Standing(SellerStanding.UNKNOWN, 0, List.of());
        /** seller-service answered that no such seller exists. */
        public static final Standing MISSING = new Standing(SellerStanding.UNKNOWN, 0, List.of(), true);

        public Standing {
            riskReasons = List.copyOf(riskReasons);
        }

        public Standing(SellerStanding status, int riskScore, List<String> riskReasons) {
            this(status, riskScore, riskReasons, false);
        }
    }

    Standing standingOf(String sellerId);

    /** One for each of {@code sellerIds}. */
    Map<String, Standing> standingsOf(Collection<String> sellerIds);
}
