package dev.ccp.litigation.legal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did what to a case (a filing, a referral's move, a judgment, a defendant added…), when and why. */
@Entity
@Table(name = "legal_audit")
public class LegalAudit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseId;
    private String action;
    private String subjectId;
    private String reason;
    private String doneBy;
    private Instant doneAt;

    protected LegalAudit() {
    }

    public LegalAudit(String caseId, String action, String subjectId, String reason, String by, Instant at) {
        this.caseId = caseId;
        this.action = action;
        this.subjectId = subjectId;
        this.reason = reason;
        this.doneBy = by;
        this.doneAt = at;
    }

    public String caseId() {
        return caseId;
    }

    public String action() {
        return action;
    }

    /** The filing, referral, outcome, defendant or brand acted on; null for the case itself. */
    public String subjectId() {
        return subjectId;
    }

    public String reason() {
        return reason;
    }

    public String by() {
        return doneBy;
    }

    public Instant at() {
        return doneAt;
    }
}
