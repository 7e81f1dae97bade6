package dev.ccp.litigation.legal.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.litigation.evidence.application.Recorded;
import dev.ccp.litigation.evidence.application.RecordingEvidence;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.legal.domain.LegalAudit;
import dev.ccp.litigation.legal.infrastructure.LegalAuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Every legal action leaves two traces in the action's own transaction: an audit row (who, when, what, why) and a
 * ledger entry, so the court sees in the evidence what was done on the case and in which order.
 */
@ApplicationScoped
public class RecordingAction {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LegalAuditRepository audits;
    private final RecordingEvidence evidence;
    private final Clock clock;

    RecordingAction(LegalAuditRepository audits, RecordingEvidence evidence, Clock clock) {
        this.audits = audits;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** A ledger entry's content, starting with the action's name. */
    public static ObjectNode content(String action) {
        ObjectNode content = JSON.createObjectNode();
        content.put("action", action);
        return content;
    }

    /** @param content the entry's content (see {@link #content}); its {@code reason} is added when given */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(String caseId, String action, String subjectId, String reason, EvidenceType type,
            ObjectNode content, String by) {
        audits.persist(new LegalAudit(caseId, action, subjectId, reason, by, clock.instant()));
        if (reason != null) {
            content.put("reason", reason);
        }
        return evidence.record(caseId, type, content, null, by);
    }
}
