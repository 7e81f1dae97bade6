package dev.ccp.contracts.litigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A court entered judgment against the case's defendants; their identities go on the denylist. */
public record JudgmentEntered(String caseId, String court, String docket, LocalDate enteredOn,
        List<Defendant> defendants) implements CaseEvent {
    public static final String TYPE = "case.judgment-entered";

    public JudgmentEntered {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(enteredOn, "enteredOn");
        defendants = List.copyOf(Objects.requireNonNull(defendants, "defendants"));
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    /** A party bound by the judgment; {@code sellerId} is set when the defendant holds a marketplace account. */
    public record Defendant(String kind, String sellerId, String name) {
        public Defendant {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
