package dev.ccp.listing.reports.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One listing of one report, and whether that report holds it ({@link ReportDisposition}). */
@Entity
@Table(name = "violation_report_item")
@IdClass(ReportedListing.Key.class)
public class ReportedListing {
    @Id
    public String reportId;
    @Id
    public String listingId;
    public String brandId;
    @Enumerated(EnumType.STRING)
    public ReportDisposition disposition;
    public Instant receivedAt;

    protected ReportedListing() {
    }

    public ReportedListing(ViolationReport report, String listingId, ReportDisposition disposition) {
        this.reportId = report.id;
        this.listingId = listingId;
        this.brandId = report.brandId;
        this.disposition = disposition;
        this.receivedAt = report.receivedAt;
    }

    public static class Key implements Serializable {
        public String reportId;
        public String listingId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reportId, k.reportId) && Objects.equals(listingId, k.listingId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, listingId);
        }
    }
}
