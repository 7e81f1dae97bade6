package dev.ccp.listing.listings.domain;

import dev.ccp.listing.screening.domain.BrandReport;
import java.util.List;

/** The brands' violation reports that name a listing, oldest first (kept by the reports feature). */
public interface ReportEvidence {
    List<BrandReport> reportsOn(String listingId);
}
