package dev.ccp.takedown.takedowns.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A takedown overturned by a counter-notice that a reviewer upheld in listing-service, once per takedown. The listing
 * is back already (listing-service reinstated it); here the takedown is reversed, as soon as its runner is done with
 * it, and then the account it closed is reinstated in seller-service, retried like a granted appeal's reversal. The
 * listing is asked back only if the takedown's runner removed it again meanwhile.
 */
@Entity
@Table(name = "counter_notice_reversal")
public class CounterNoticeReversal {
    @Id
    private String takedownId;
    private String counterNoticeId;
    private String listingId;
    private String sellerId;
    private String reviewer;
    private Instant listingBackAt;
    private Instant receivedAt;
    private Instant takedownReversedAt;
    @Enumerated(EnumType.STRING)
    private InventoryOutcome inventoryOutcome;
    private boolean listingRemovedAgain;
    private Instant listingReinstatedAt;
    @Enumerated(EnumType.STRING)
    private AccountOutcome accountOutcome;
    private int attempts;
    private String lastError;
    private Instant dueAt;
    private Instant doneAt;

    protected CounterNoticeReversal() {
    }

    /** Received: due at once (the takedown reversed now, or looked at again once its runner is done). */
    public CounterNoticeReversal(Takedown takedown, String counterNoticeId, String reviewer, Instant listingBackAt,
            Instant now) {
        this.takedownId = takedown.id();
        this.counterNoticeId = counterNoticeId;
        this.listingId = takedown.listingId();
        this.sellerId = takedown.sellerId();
        this.reviewer = reviewer;
        this.listingBackAt = listingBackAt;
        this.receivedAt = now;
        this.dueAt = now;
    }

    /**
     * The takedown is REVERSED here; what is left is due as it is: the account and, when the takedown's runner removed
     * the listing after listing-service had put it back ({@code removedAt} later than the counter-notice's
     * reinstatement), the listing too.
     */
    public void takedownReversed(InventoryOutcome inventory, Instant removedAt, Instant now) {
        takedownReversedAt = now;
        inventoryOutcome = inventory;
        listingRemovedAgain = removedAt != null && removedAt.isAfter(listingBackAt);
    }

    /** Whether the listing still has to be asked back: only one this takedown removed again. */
    public boolean listingDue() {
        return listingRemovedAgain && listingReinstatedAt == null;
    }

    public void listingReinstated(Instant now) {
        listingReinstatedAt = now;
    }

    /** The takedown's runner still works on it: look again at {@code at}, without counting a failure. */
    public void waitForRunner(Instant at) {
        dueAt = at;
    }

    /** A granted appeal reversed the takedown first: nothing is left to undo here. */
    public void reversedOtherwise(Instant now) {
        doneAt = now;
        dueAt = null;
        lastError = null;
    }

    /** The account is where the reversal puts it: done. */
    public void accountSettled(AccountOutcome outcome, Instant now) {
        accountOutcome = outcome;
        doneAt = now;
        dueAt = null;
        lastError = null;
    }

    /** seller-service failed and may not next time: try again at {@code retryAt}. */
    public void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error;
        dueAt = retryAt;
    }

    /** seller-service refused, or too many attempts failed: nothing happens until staff retry. */
    public void gaveUp(String error) {
        attempts++;
        lastError = error;
        dueAt = null;
    }

    /** Staff fixed the cause: due at once, attempts kept. False when it is not waiting for staff. */
    public boolean retry(Instant now) {
        if (!needsAttention()) {
            return false;
        }
        dueAt = now;
        return true;
    }

    public boolean done() {
        return doneAt != null;
    }

    public boolean needsAttention() {
        return doneAt == null && dueAt == null;
    }

    public boolean takedownReversed() {
        return takedownReversedAt != null;
    }

    public String takedownId() {
        return takedownId;
    }

    public String counterNoticeId() {
        return counterNoticeId;
    }

    public String listingId() {
        return listingId;
    }

    public String sellerId() {
        return sellerId;
    }

    public String reviewer() {
        return reviewer;
    }

    public Instant listingBackAt() {
        return listingBackAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant takedownReversedAt() {
        return takedownReversedAt;
    }

    public InventoryOutcome inventoryOutcome() {
        return inventoryOutcome;
    }

    public boolean listingRemovedAgain() {
        return listingRemovedAgain;
    }

    public Instant listingReinstatedAt() {
        return listingReinstatedAt;
    }

    public AccountOutcome accountOutcome() {
        return accountOutcome;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
