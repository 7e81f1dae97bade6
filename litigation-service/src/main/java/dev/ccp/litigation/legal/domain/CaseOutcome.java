package dev.ccp.litigation.legal.domain;

import dev.ccp.core.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** How a case ended in court: a judgment (for the plaintiff or not) or a settlement, with damages and injunctions. */
@Entity
@Table(name = "case_outcome")
public class CaseOutcome {
    public enum Kind { JUDGMENT, SETTLEMENT }

    @Id
    private String id;
    private String caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private boolean forPlaintiff;
    private String court;
    private String docket;
    private LocalDate enteredOn;
    private Long damagesMinor;
    private String damagesCurrency;
    private String recordedBy;
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outcome_injunction", joinColumns = @JoinColumn(name = "outcome_id"))
    @OrderColumn(name = "position")
    @Column(name = "injunction")
    private List<String> injunctions = new ArrayList<>();

    protected CaseOutcome() {
    }

    /** A settlement is always counted for the plaintiff: the defendants agreed to its terms. */
    public CaseOutcome(String caseId, Kind kind, boolean forPlaintiff, String court, String docket, LocalDate enteredOn,
            Money damages, List<String> injunctions, String by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.kind = kind;
        this.forPlaintiff = kind == Kind.SETTLEMENT || forPlaintiff;
        this.court = court;
        this.docket = docket;
        this.enteredOn = enteredOn;
        this.damagesMinor = damages == null ? null : damages.minorUnits();
        this.damagesCurrency = damages == null ? null : damages.currency();
        this.injunctions.addAll(injunctions);
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public Kind kind() {
        return kind;
    }

    public boolean forPlaintiff() {
        return forPlaintiff;
    }

    public String court() {
        return court;
    }

    public String docket() {
        return docket;
    }

    public LocalDate enteredOn() {
        return enteredOn;
    }

    /** Null when none were awarded or agreed. */
    public Money damages() {
        return damagesMinor == null ? null : new Money(damagesMinor, damagesCurrency);
    }

    public List<String> injunctions() {
        return List.copyOf(injunctions);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
