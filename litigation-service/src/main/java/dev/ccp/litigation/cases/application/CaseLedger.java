package dev.ccp.litigation.cases.application;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The case's evidence ledger as the intake appends to it. A port the evidence feature implements, since evidence
 * depends on cases (it locks the case's row), never the reverse.
 */
public interface CaseLedger {

    /** The entry types the intake records. */
    enum Entry { LISTING_SNAPSHOT, SCREENING_REPORT, TAKEDOWN_RECORD, REFUND_RECORD, SOCIAL_MEDIA_POST, SELLER_IDENTITY, NOTE }

    /**
     * Appends the entry in the current transaction; false, and nothing appended, when an entry with this source
     * event id was recorded for the case before.
     */
    boolean record(String caseId, Entry type, JsonNode content, String sourceEventId, String recordedBy);
}
