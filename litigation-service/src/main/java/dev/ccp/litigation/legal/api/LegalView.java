package dev.ccp.litigation.legal.api;

import dev.ccp.core.money.Money;
import dev.ccp.litigation.legal.application.LegalState;
import dev.ccp.litigation.legal.domain.CaseOutcome;
import dev.ccp.litigation.legal.domain.CivilFiling;
import dev.ccp.litigation.legal.domain.CriminalReferral;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case's legal actions as staff see them: filing, referrals, outcome and the audit of every action. */
public record LegalView(String caseId, String status, FilingView filing, List<ReferralView> referrals,
        OutcomeView outcome, List<AuditView> audit) {

    public record FilingView(String id, String court, String jurisdiction, String docketNumber, LocalDate filedOn,
            List<String> claims, List<CoPlaintiffView> coPlaintiffs, String filedBy, Instant filedAt) {
        public static FilingView of(CivilFiling f) {
            return new FilingView(f.id(), f.court(), f.jurisdiction(), f.docketNumber(), f.filedOn(), f.claims(),
                    f.coPlaintiffs().stream().map(c -> new CoPlaintiffView(c.brandId(), c.publicKey() != null,
                            c.joinedBy(), c.joinedAt())).toList(), f.filedBy(), f.filedAt());
        }
    }

    public record CoPlaintiffView(String brandId, boolean hasCountersigningKey, String joinedBy, Instant joinedAt) {
    }

    public record ReferralView(String id, String agency, String jurisdiction, String summary, String status,
            String referredBy, Instant referredAt, Instant updatedAt) {
        public static ReferralView of(CriminalReferral r) {
            return new ReferralView(r.id(), r.agency().name(), r.jurisdiction(), r.summary(), r.status().name(),
                    r.referredBy(), r.referredAt(), r.updatedAt());
        }
    }

    public record OutcomeView(String id, String kind, boolean forPlaintiff, String court, String docket,
            LocalDate enteredOn, MoneyView damages, List<String> injunctions, String recordedBy, Instant recordedAt) {
        public static OutcomeView of(CaseOutcome o) {
            Money d = o.damages();
            return new OutcomeView(o.id(), o.kind().name(), o.forPlaintiff(), o.court(), o.docket(), o.enteredOn(),
                    d == null ? null : new MoneyView(d.decimal(), d.currency(), d.minorUnits()), o.injunctions(),
                    o.recordedBy(), o.recordedAt());
        }
    }

    /** {@code amount} is the exact decimal string; {@code minorUnits} the same amount in cents (or the like). */
    public record MoneyView(String amount, String currency, long minorUnits) {
    }

    public record AuditView(String action, String subjectId, String reason, String by, Instant at) {
    }

    static LegalView of(LegalState s) {
        return new LegalView(s.caseRecord().litigationCase().id(), s.caseRecord().litigationCase().status().name(),
                s.filing().map(FilingView::of).orElse(null), s.referrals().stream().map(ReferralView::of).toList(),
                s.outcome().map(OutcomeView::of).orElse(null),
                s.audit().stream().map(a -> new AuditView(a.action(), a.subjectId(), a.reason(), a.by(), a.at()))
                        .toList());
    }
}
