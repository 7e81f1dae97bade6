package dev.ccp.litigation.cases.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit of one status change: who (the token's subject), when, from what to what, and why. */
@Entity
@Table(name = "case_status_change")
public class StatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseId;
    @Enumerated(EnumType.STRING)
    private CaseStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private CaseStatus toStatus;
    private String note;
    private String changedBy;
    private Instant changedAt;

    protected StatusChange() {
    }

    StatusChange(String caseId, CaseStatus from, CaseStatus to, String note, String by, Instant at) {
        this.caseId = caseId;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String caseId() {
        return caseId;
    }

    /** Null for the opening of the case. */
    public CaseStatus from() {
        return fromStatus;
    }

    public CaseStatus to() {
        return toStatus;
    }

    public String note() {
        return note;
    }

    public String by() {
        return changedBy;
    }

    public Instant at() {
        return changedAt;
    }
}
