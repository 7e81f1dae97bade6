package dev.ccp.listing.reports.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A brand's report of listings that infringe its rights, kept with the evidence it attached. */
@Entity
@Table(name = "violation_report")
public class ViolationReport {
    @Id
    public String id;
    public String brandId;
    @Enumerated(EnumType.STRING)
    public ViolationType type;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode evidence;
    public String reportedBy;
    public Instant receivedAt;
    @ElementCollection
    @CollectionTable(name = "violation_report_listing", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "listing_id")
    public List<String> listingIds = new ArrayList<>();
}
