package dev.ccp.litigation.cases.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. OPEN → INVESTIGATING → FILED (a civil suit) | REFERRED (to law enforcement) → JUDGMENT |
 * SETTLED | DISMISSED → CLOSED. Nothing moves backwards and CLOSED is the end.
 */
public enum CaseStatus {
    OPEN, INVESTIGATING, FILED, REFERRED, JUDGMENT, SETTLED, DISMISSED, CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(INVESTIGATING);
            case INVESTIGATING -> EnumSet.of(FILED, REFERRED);
            case FILED, REFERRED -> EnumSet.of(JUDGMENT, SETTLED, DISMISSED);
            case JUDGMENT, SETTLED, DISMISSED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canBecome(CaseStatus target) {
        return next().contains(target);
    }
}
