package dev.ccp.litigation.cases.api;

import dev.ccp.litigation.cases.application.CaseRecord;
import dev.ccp.litigation.cases.domain.CaseTotals;
import dev.ccp.litigation.cases.domain.LitigationCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A case as answered: its parties, status, the totals of the enforcement behind it, the case it was merged into or
 * split from (or null), and the audit of every status change.
 */
public record CaseView(String id, String title, String status, List<String> brandIds, List<DefendantView> defendants,
        TotalsView totals, String mergedInto, String splitFrom, String openedBy, Instant openedAt, Instant updatedAt,
        List<ChangeView> history) {

    /** {@code refunded}: one per currency, the amount as a decimal string with the currency's fraction digits. */
    public record TotalsView(int listings, long unitsHeld, long customersRefunded, List<AmountView> refunded,
            int accountsClosed) {

        static TotalsView of(CaseTotals totals) {
            return new TotalsView(totals.listings(), totals.unitsHeld(), totals.customersRefunded(),
                    totals.refundedMinorUnits().entrySet().stream().map(e -> new AmountView(
                            BigDecimal.valueOf(e.getValue(), Currency.getInstance(e.getKey()).getDefaultFractionDigits())
                                    .toPlainString(), e.getKey(), e.getValue())).toList(),
                    totals.accountsClosed());
        }
    }

    public record AmountView(String amount, String currency, long minorUnits) {
    }

    public record DefendantView(String sellerId, String role, String country, String name, String address) {
    }

    public record ChangeView(String from, String to, String note, String by, Instant at) {
    }

    static CaseView of(CaseRecord record) {
        LitigationCase c = record.litigationCase();
        return new CaseView(c.id(), c.title(), c.status().name(), c.brandIds(),
                c.defendants().stream().map(d -> new DefendantView(d.sellerId(), d.role(), d.country(),
                        d.name(), d.address())).toList(),
                TotalsView.of(c.totals()), c.mergedInto(), c.splitFrom(), c.openedBy(), c.openedAt(), c.updatedAt(),
                record.history().stream().map(h -> new ChangeView(h.from() == null ? null : h.from().name(),
                        h.to().name(), h.note(), h.by(), h.at())).toList());
    }
}
