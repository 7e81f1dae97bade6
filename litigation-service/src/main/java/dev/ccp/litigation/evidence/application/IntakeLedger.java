package dev.ccp.litigation.evidence.application;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.litigation.cases.application.CaseLedger;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The case intake's way into the ledger: {@link RecordingEvidence#record}, once per source event id. */
@ApplicationScoped
public class IntakeLedger implements CaseLedger {
    private final RecordingEvidence recording;

    IntakeLedger(RecordingEvidence recording) {
        this.recording = recording;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(String caseId, Entry type, JsonNode content, String sourceEventId, String recordedBy) {
        return recording.record(caseId, EvidenceType.valueOf(type.name()), content, sourceEventId, recordedBy).created();
    }
}
