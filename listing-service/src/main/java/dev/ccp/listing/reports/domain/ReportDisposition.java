package dev.ccp.listing.reports.domain;

/**
 * What one report does to one listing. HOLDING: the listing relates to the reporting brand (its words, products or
 * images) and the brand was within its quota of held listings, so the report is screening evidence and holds it.
 * Otherwise the listing only joins the review queue, live: QUEUED_UNRELATED (nothing in it concerns the brand, so
 * the brand's word alone cannot take it off sale) or QUEUED_OVER_QUOTA (the brand's open reports already hold
 * {@code listing.reports.held-quota} listings).
 */
public enum ReportDisposition {
    HOLDING, QUEUED_UNRELATED, QUEUED_OVER_QUOTA;

    public boolean holds() {
        return this == HOLDING;
    }
}
