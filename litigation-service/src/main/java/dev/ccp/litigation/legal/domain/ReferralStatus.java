package dev.ccp.litigation.legal.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a criminal referral stands: SENT → ACKNOWLEDGED → INVESTIGATING → PROSECUTED | DECLINED. */
public enum ReferralStatus {
    SENT, ACKNOWLEDGED, INVESTIGATING, PROSECUTED, DECLINED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING);
            case INVESTIGATING -> EnumSet.of(PROSECUTED, DECLINED);
            case PROSECUTED, DECLINED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }
}
