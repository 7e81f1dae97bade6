package dev.ccp.litigation.partner.api;

import dev.ccp.core.money.Money;
import dev.ccp.litigation.cases.domain.Defendant;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.legal.application.LegalState;
import dev.ccp.litigation.legal.domain.CaseOutcome;
import dev.ccp.litigation.legal.domain.CivilFiling;
import dev.ccp.litigation.legal.domain.CoPlaintiff;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as a brand partner sees it. Defendants' identities and personal details (account id, name, address) are
 * shared with the brands suing as co-plaintiffs only; other brands of the case see each defendant's role and
 * country.
 */
public record PartnerCaseView(String id, String title, String status, boolean coPlaintiff,
        List<DefendantView> defendants, FilingView filing, List<ReferralView> referrals, OutcomeView outcome,
        Instant openedAt, Instant updatedAt) {

    public record DefendantView(String role, String country, String sellerId, String name, String address) {
    }

    public record FilingView(String court, String jurisdiction, String docketNumber, LocalDate filedOn,
            List<String> claims, List<String> coPlaintiffBrandIds) {
    }

    public record ReferralView(String agency, String jurisdiction, String status) {
    }

    public record OutcomeView(String kind, boolean forPlaintiff, LocalDate enteredOn, String damagesAmount,
            String damagesCurrency, List<String> injunctions) {
    }

    /** A line of the brand's case list. */
    public record Summary(String id, String title, String status, Instant updatedAt) {
        static Summary of(LitigationCase c) {
            return new Summary(c.id(), c.title(), c.status().name(), c.updatedAt());
        }
    }

    static PartnerCaseView of(LegalState state, String brandId) {
        LitigationCase c = state.caseRecord().litigationCase();
        boolean shared = state.coPlaintiff(brandId);
        return new PartnerCaseView(c.id(), c.title(), c.status().name(), shared,
                c.defendants().stream().map(d -> defendant(d, shared)).toList(),
                state.filing().map(PartnerCaseView::filing).orElse(null),
                state.referrals().stream().map(r -> new ReferralView(r.agency().name(), r.jurisdiction(),
                        r.status().name())).toList(),
                state.outcome().map(PartnerCaseView::outcome).orElse(null), c.openedAt(), c.updatedAt());
    }

    private static DefendantView defendant(Defendant d, boolean shared) {
        return shared ? new DefendantView(d.role(), d.country(), d.sellerId(), d.name(), d.address())
                : new DefendantView(d.role(), d.country(), null, null, null);
    }

    private static FilingView filing(CivilFiling f) {
        return new FilingView(f.court(), f.jurisdiction(), f.docketNumber(), f.filedOn(), f.claims(),
                f.coPlaintiffs().stream().map(CoPlaintiff::brandId).toList());
    }

    private static OutcomeView outcome(CaseOutcome o) {
        Money d = o.damages();
        return new OutcomeView(o.kind().name(), o.forPlaintiff(), o.enteredOn(), d == null ? null : d.decimal(),
                d == null ? null : d.currency(), o.injunctions());
    }
}
