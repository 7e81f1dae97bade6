package dev.ccp.litigation.intelligence.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One intelligence export to a law-enforcement agency: who made it, for whom and why, which cases were asked for,
 * when, and exactly which sellers (from which cases) it held. Never changed (the table refuses it).
 */
@Entity
@Table(name = "intelligence_export")
public class IntelligenceExport {
    @Id
    private String id;
    private String exportedBy;
    private String agency;
    private String purpose;
    private String caseFilter;
    private Instant exportedAt;
    private int records;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> sellerIds;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> caseIds;

    protected IntelligenceExport() {
    }

    public IntelligenceExport(String by, String agency, String purpose, String caseFilter, Instant at,
            List<String> sellerIds, List<String> caseIds) {
        this.id = UUID.randomUUID().toString();
        this.exportedBy = by;
        this.agency = agency;
        this.purpose = purpose;
        this.caseFilter = caseFilter;
        this.exportedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.records = sellerIds.size();
        this.sellerIds = List.copyOf(sellerIds);
        this.caseIds = List.copyOf(caseIds);
    }

    public String id() {
        return id;
    }

    public String exportedBy() {
        return exportedBy;
    }

    public String agency() {
        return agency;
    }

    public String purpose() {
        return purpose;
    }

    public String caseFilter() {
        return caseFilter;
    }

    public Instant exportedAt() {
        return exportedAt;
    }

    public int records() {
        return records;
    }

    public List<String> sellerIds() {
        return sellerIds;
    }

    public List<String> caseIds() {
        return caseIds;
    }
}
