package dev.ccp.litigation.legal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A case referred to a law-enforcement agency; its status only moves forward ({@link ReferralStatus}). */
@Entity
@Table(name = "criminal_referral")
public class CriminalReferral {
    @Id
    private String id;
    private String caseId;
    @Enumerated(EnumType.STRING)
    private Agency agency;
    private String jurisdiction;
    private String summary;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    private String referredBy;
    private Instant referredAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected CriminalReferral() {
    }

    public CriminalReferral(String caseId, Agency agency, String jurisdiction, String summary, String by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.agency = agency;
        this.jurisdiction = jurisdiction;
        this.summary = summary;
        this.status = ReferralStatus.SENT;
        this.referredBy = by;
        this.referredAt = now;
        this.updatedAt = now;
    }

    /** Moves the referral on; false (nothing changed) when its lifecycle does not allow {@code target}. */
    public boolean moveTo(ReferralStatus target, Instant now) {
        if (!status.next().contains(target)) {
            return false;
        }
        status = target;
        updatedAt = now;
        return true;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public Agency agency() {
        return agency;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String summary() {
        return summary;
    }

    public ReferralStatus status() {
        return status;
    }

    public String referredBy() {
        return referredBy;
    }

    public Instant referredAt() {
        return referredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
