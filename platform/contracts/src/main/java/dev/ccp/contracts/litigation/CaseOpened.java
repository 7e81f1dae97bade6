package dev.ccp.contracts.litigation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A case was opened: by staff, or by litigation-service's intake when its opening rule was met for a bad-actor
 * cluster and brand.
 *
 * @param openedBy the staff member's token subject, or {@code litigation-service} for the intake
 * @param cause    the event id that opened it (the confirmation or the seller's closure), or null when staff did
 */
public record CaseOpened(String caseId, String title, List<String> brandIds, List<Party> defendants, String openedBy,
        String cause, Instant openedAt) implements CaseEvent {
    public static final String TYPE = "case.opened";

    public CaseOpened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(title, "title");
        brandIds = List.copyOf(Objects.requireNonNull(brandIds, "brandIds"));
        defendants = List.copyOf(Objects.requireNonNull(defendants, "defendants"));
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    /** A defendant the case was opened against: its role (SELLER, INFLUENCER, SUPPLIER, LOGISTICS) and id. */
    public record Party(String role, String sellerId) {
        public Party {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(sellerId, "sellerId");
        }
    }
}
