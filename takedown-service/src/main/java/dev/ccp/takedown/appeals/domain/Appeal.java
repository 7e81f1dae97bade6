package dev.ccp.takedown.appeals.domain;

import dev.ccp.takedown.takedowns.domain.AccountOutcome;
import dev.ccp.takedown.takedowns.domain.InventoryOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A seller's appeal of one takedown. Filed, then decided once; a granted appeal then tracks its reversal in the
 * other services (the listing back, the account back), which the reversal runner carries out and may retry.
 */
@Entity
@Table(name = "appeal")
public class Appeal {
    @Id
    private String id;
    private String takedownId;
    private String listingId;
    private String sellerId;
    private String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<AppealDocument> documents = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private AppealStatus status;
    private String filedBy;
    private Instant filedAt;
    private String decidedBy;
    private String decisionNote;
    private Instant decidedAt;
    private Instant listingReinstatedAt;
    @Enumerated(EnumType.STRING)
    private AccountOutcome accountOutcome;
    @Enumerated(EnumType.STRING)
    private InventoryOutcome inventoryOutcome;
    private int reversalAttempts;
    private String reversalError;
    private Instant reversalDueAt;
    private Instant reversedAt;

    protected Appeal() {
    }

    public static Appeal file(String takedownId, String listingId, String sellerId, String reason,
            List<AppealDocument> documents, String filedBy, Instant now) {
        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID().toString();
        appeal.takedownId = takedownId;
        appeal.listingId = listingId;
        appeal.sellerId = sellerId;
        appeal.reason = reason;
        appeal.documents = new ArrayList<>(documents);
        appeal.status = AppealStatus.FILED;
        appeal.filedBy = filedBy;
        appeal.filedAt = now;
        return appeal;
    }

    /** Reverses the takedown: the stock's fate is known now, the peers' part is due at once. */
    public void grant(String by, String note, InventoryOutcome inventory, Instant now) {
        decide(AppealStatus.GRANTED, by, note, now);
        inventoryOutcome = inventory;
        reversalDueAt = now;
    }

    public void deny(String by, String note, Instant now) {
        decide(AppealStatus.DENIED, by, note, now);
    }

    private void decide(AppealStatus outcome, String by, String note, Instant now) {
        if (status != AppealStatus.FILED) {
            throw new IllegalAppealException("appeal " + id + " was " + status + " already on " + decidedAt
                    + "; a decision is final");
        }
        status = outcome;
        decidedBy = by;
        decisionNote = note;
        decidedAt = now;
    }

    /** Whether the reversal still has something to ask of the other services. */
    public boolean reversalOpen() {
        return status == AppealStatus.GRANTED && reversedAt == null;
    }

    public boolean listingReinstated() {
        return listingReinstatedAt != null;
    }

    public void listingReinstated(Instant now) {
        listingReinstatedAt = now;
    }

    public void accountSettled(AccountOutcome outcome) {
        accountOutcome = outcome;
    }

    /** Listing and account are both back where the appeal puts them. */
    public void reversed(Instant now) {
        reversedAt = now;
        reversalDueAt = null;
        reversalError = null;
    }

    /** A peer failed and may not next time: try again at {@code retryAt}. */
    public void reversalFailed(String error, Instant retryAt) {
        reversalAttempts++;
        reversalError = error;
        reversalDueAt = retryAt;
    }

    /** A peer refused, or too many attempts failed: nothing happens until staff retry. */
    public void reversalGaveUp(String error) {
        reversalAttempts++;
        reversalError = error;
        reversalDueAt = null;
    }

    /** Staff fixed the cause: due at once, attempts kept. False when the reversal is not waiting for staff. */
    public boolean retryReversal(Instant now) {
        if (!reversalOpen() || reversalDueAt != null) {
            return false;
        }
        reversalDueAt = now;
        return true;
    }

    /** The reversal waits for staff: a peer refused it, or it failed too often. */
    public boolean reversalNeedsAttention() {
        return reversalOpen() && reversalDueAt == null;
    }

    public String id() {
        return id;
    }

    public String takedownId() {
        return takedownId;
    }

    public String listingId() {
        return listingId;
    }

    public String sellerId() {
        return sellerId;
    }

    public String reason() {
        return reason;
    }

    public List<AppealDocument> documents() {
        return List.copyOf(documents);
    }

    public AppealStatus status() {
        return status;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant listingReinstatedAt() {
        return listingReinstatedAt;
    }

    public AccountOutcome accountOutcome() {
        return accountOutcome;
    }

    public InventoryOutcome inventoryOutcome() {
        return inventoryOutcome;
    }

    public int reversalAttempts() {
        return reversalAttempts;
    }

    public String reversalError() {
        return reversalError;
    }

    public Instant reversedAt() {
        return reversedAt;
    }
}
