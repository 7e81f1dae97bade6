package dev.ccp.takedown.appeals.api;

import dev.ccp.takedown.appeals.application.ReadingAppeals;
import dev.ccp.takedown.appeals.domain.Appeal;
import dev.ccp.takedown.appeals.domain.AppealAudit;
import dev.ccp.takedown.appeals.domain.AppealDocument;
import java.time.Instant;
import java.util.List;

/**
 * An appeal, its decision and, once granted, its reversal: the listing reinstated, what happened to the account
 * and the stock, and whether the reversal waits for staff. {@code history} only in the single view.
 */
public record AppealView(String id, String takedownId, String listingId, String sellerId, String status,
        String reason, List<AppealDocument> documents, String filedBy, Instant filedAt, String decidedBy,
        String decisionNote, Instant decidedAt, Reversal reversal, List<Entry> history) {

    public record Reversal(Instant listingReinstatedAt, String account, String inventory, boolean done,
            boolean needsAttention, int attempts, String lastError, Instant reversedAt) {
    }

    public record Entry(String action, String detail, String by, Instant at) {
    }

    static AppealView of(Appeal a) {
        return of(a, null);
    }

    static AppealView of(ReadingAppeals.Detail detail) {
        return of(detail.appeal(), detail.history().stream().map(AppealView::entry).toList());
    }

    private static AppealView of(Appeal a, List<Entry> history) {
        Reversal reversal = a.inventoryOutcome() == null ? null : new Reversal(a.listingReinstatedAt(),
                a.accountOutcome() == null ? null : a.accountOutcome().name(), a.inventoryOutcome().name(),
                a.reversedAt() != null, a.reversalNeedsAttention(), a.reversalAttempts(), a.reversalError(),
                a.reversedAt());
        return new AppealView(a.id(), a.takedownId(), a.listingId(), a.sellerId(), a.status().name(), a.reason(),
                a.documents(), a.filedBy(), a.filedAt(), a.decidedBy(), a.decisionNote(), a.decidedAt(), reversal,
                history);
    }

    private static Entry entry(AppealAudit e) {
        return new Entry(e.action(), e.detail(), e.actor(), e.at());
    }
}
