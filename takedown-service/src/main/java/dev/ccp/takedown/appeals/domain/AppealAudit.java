package dev.ccp.takedown.appeals.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an appeal's history: who did what, when and why. Never changed once written. */
@Entity
@Table(name = "appeal_audit")
public class AppealAudit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String appealId;
    private String action;
    private String detail;
    private String actor;
    private Instant at;

    protected AppealAudit() {
    }

    public AppealAudit(String appealId, String action, String detail, String actor, Instant at) {
        this.appealId = appealId;
        this.action = action;
        this.detail = detail;
        this.actor = actor;
        this.at = at;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }
}
