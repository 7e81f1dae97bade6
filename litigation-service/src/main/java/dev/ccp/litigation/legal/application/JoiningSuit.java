package dev.ccp.litigation.legal.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.legal.domain.CivilFiling;
import dev.ccp.litigation.legal.domain.CoPlaintiff;
import dev.ccp.litigation.legal.infrastructure.FilingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A brand of the case joins its civil suit as co-plaintiff (through the partner API), optionally with the Ed25519
 * key it will countersign tree heads with. Whether the brand may see the case is the caller's to check.
 */
@ApplicationScoped
public class JoiningSuit {
    private final FilingRepository filings;
    private final RecordingAction recording;
    private final Clock clock;

    JoiningSuit(FilingRepository filings, RecordingAction recording, Clock clock) {
        this.filings = filings;
        this.recording = recording;
        this.clock = clock;
    }

    /** @param publicKey base64 X.509 Ed25519 key already checked by the caller, or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void join(String caseId, String brandId, String publicKey, String by) {
        CivilFiling filing = filingOf(caseId);
        if (filing.join(brandId, publicKey, by, clock.instant())) {
            ObjectNode content = RecordingAction.content("CO_PLAINTIFF_JOINED");
            content.put("filingId", filing.id()).put("brandId", brandId).put("publicKey", publicKey);
            recording.record(caseId, "CO_PLAINTIFF_JOINED", brandId, null, EvidenceType.NOTE, content, by);
        }
    }

    /** The brand as co-plaintiff of the case's suit; 409 when the case has no suit or the brand has not joined. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CoPlaintiff coPlaintiff(String caseId, String brandId) {
        return filingOf(caseId).coPlaintiff(brandId).orElseThrow(() -> ProblemException.conflict(
                "brand " + brandId + " is not a co-plaintiff of case " + caseId + ": join the suit first"));
    }

    /** Keeps the key the brand first countersigned with, if it had given none when joining. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepKey(String caseId, String brandId, String publicKey) {
        filingOf(caseId).keepKey(brandId, publicKey);
    }

    private CivilFiling filingOf(String caseId) {
        return filings.find("caseId", caseId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.conflict("case " + caseId + " has no civil suit to join yet"));
    }
}
