package dev.ccp.listing.shadow.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A screening configuration: rule overrides by name over the deployment's own. Staged, it scores submissions
 * beside the active one without acting; promoted, it is what screening runs; the one it replaces retires.
 */
@Entity
@Table(name = "screening_configuration")
public class ScreeningConfiguration {
    public enum Status { STAGED, ACTIVE, RETIRED, DISCARDED }

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> rules = new LinkedHashMap<>();
    public String note;
    public String stagedBy;
    public Instant stagedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionNote;
    public long screened;
    public long differing;
    @Version
    public int version;

    public static ScreeningConfiguration staged(String id, Map<String, String> rules, String note, String by,
            Instant at) {
        ScreeningConfiguration configuration = new ScreeningConfiguration();
        configuration.id = id;
        configuration.status = Status.STAGED;
        configuration.rules = new LinkedHashMap<>(rules);
        configuration.note = note;
        configuration.stagedBy = by;
        configuration.stagedAt = at;
        return configuration;
    }

    public void promote(String by, Instant at, String why) {
        decide(Status.ACTIVE, by, at, why);
    }

    public void discard(String by, Instant at, String why) {
        decide(Status.DISCARDED, by, at, why);
    }

    /** Another configuration was promoted over this active one. */
    public void retire() {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("configuration " + id + " is " + status + ", not active");
        }
        status = Status.RETIRED;
    }

    private void decide(Status outcome, String by, Instant at, String why) {
        if (status != Status.STAGED) {
            throw new IllegalStateException("configuration " + id + " is " + status + ", not staged");
        }
        status = outcome;
        decidedBy = by;
        decidedAt = at;
        decisionNote = why;
    }
}
