package dev.ccp.listing.shadow.domain;

import dev.ccp.contracts.listing.ScreeningSignal;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A listing the staged configuration screened differently from the active one: both outcomes, scores, signals. */
@Entity
@Table(name = "shadow_difference")
public class ShadowDifference {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String configurationId;
    public String listingId;
    public String cause;
    public String activeOutcome;
    public int activeScore;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScreeningSignal> activeSignals = new ArrayList<>();
    public String stagedOutcome;
    public int stagedScore;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScreeningSignal> stagedSignals = new ArrayList<>();
    public Instant screenedAt;
}
