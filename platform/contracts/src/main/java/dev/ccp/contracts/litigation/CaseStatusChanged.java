package dev.ccp.contracts.litigation;

import java.time.Instant;
import java.util.Objects;

/**
 * A case moved along its lifecycle (OPEN → INVESTIGATING → FILED | REFERRED → JUDGMENT | SETTLED | DISMISSED →
 * CLOSED): by a bare status change or by the legal action behind it (a filing, a referral, a judgment, a
 * settlement).
 */
public record CaseStatusChanged(String caseId, String from, String to, String note, String changedBy,
        Instant changedAt) implements CaseEvent {
    public static final String TYPE = "case.status-changed";

    public CaseStatusChanged {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
