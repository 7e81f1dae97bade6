package dev.ccp.litigation.cases.api;

import dev.ccp.litigation.cases.application.CaseRecord;
import dev.ccp.litigation.cases.domain.LitigationCase;
import java.time.Instant;
import java.util.List;

/** A case as answered: its parties, status and the audit of every status change. */
public record CaseView(String id, String title, String status, List<String> brandIds, List<DefendantView> defendants,
        String openedBy, Instant openedAt, Instant updatedAt, List<ChangeView> history) {

    public record DefendantView(String sellerId, String role, String country, String name, String address) {
    }

    public record ChangeView(String from, String to, String note, String by, Instant at) {
    }

    static CaseView of(CaseRecord record) {
        LitigationCase c = record.litigationCase();
        return new CaseView(c.id(), c.title(), c.status().name(), c.brandIds(),
                c.defendants().stream().map(d -> new DefendantView(d.sellerId(), d.role(), d.country(),
                        d.name(), d.address())).toList(),
                c.openedBy(), c.openedAt(), c.updatedAt(),
                record.history().stream().map(h -> new ChangeView(h.from() == null ? null : h.from().name(),
                        h.to().name(), h.note(), h.by(), h.at())).toList());
    }
}
