package dev.ccp.litigation.evidence.domain;

/** What an evidence entry records. */
public enum EvidenceType {
    LISTING_SNAPSHOT, SCREENING_REPORT, BRAND_AUTHENTICATION, TEST_PURCHASE, TAKEDOWN_RECORD, REFUND_RECORD,
    SOCIAL_MEDIA_POST, SELLER_IDENTITY, NOTE
}
