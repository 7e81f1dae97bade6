package dev.ccp.contracts.listing;

import dev.ccp.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A brand reported listings as infringing its rights; the listings are held for a moderator. */
public record ViolationReportReceived(String reportId, String brandId, String type, List<String> listingIds,
        Instant receivedAt) implements DomainEvent {
    public static final String TYPE = "violation-report.received";

    public ViolationReportReceived {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(type, "type");
        listingIds = List.copyOf(listingIds);
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return reportId;
    }
}
