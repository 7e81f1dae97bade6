package dev.ccp.takedown.refunds.domain;

import dev.ccp.core.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A takedown's refund of one order: the one refund the order can ever have (unique per order). Its idempotency key
 * goes with every provider call, so a retry, a second replica or an unknown outcome can never pay twice; the key
 * changes only after a decline, the provider's final answer under it, when no money moved.
 */
@Entity
@Table(name = "refund")
public class Refund {
    private static final String KEY_PREFIX = "refund-";

    @Id
    private UUID id;
    private String takedownId;
    private String orderId;
    private String listingId;
    private String customerId;
    private long amountMinor;
    private String currency;
    private String chargeReference;
    @Enumerated(EnumType.STRING)
    private RefundStatus status;
    private String idempotencyKey;
    private int attempts;
    private int declines;
    private String lastError;
    private String failureReason;
    private String providerRefundId;
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant issuedAt;

    protected Refund() {
    }

    /**
     * Opens the refund of what the buyer paid: the whole order amount, never more.
     *
     * @param chargeReference the provider's charge for the order (the marketplace charges each order under its id)
     */
    public Refund(String takedownId, String orderId, String listingId, String customerId, Money paid,
            String chargeReference, Instant now) {
        this.id = UUID.randomUUID();
        this.takedownId = takedownId;
        this.orderId = orderId;
        this.listingId = listingId;
        this.customerId = customerId;
        this.amountMinor = paid.minorUnits();
        this.currency = paid.currency();
        this.chargeReference = chargeReference;
        this.status = RefundStatus.PENDING;
        this.idempotencyKey = KEY_PREFIX + id;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes the refund for one provider call until {@code leaseUntil}. A declined refund that the policy tries again
     * is PENDING once more, under a new key (the old one would only answer the decline again).
     */
    public void claim(Instant now, Instant leaseUntil) {
        if (!dueAt(now)) {
            throw new IllegalStateException("refund " + id + " is not due");
        }
        if (status == RefundStatus.FAILED) {
            status = RefundStatus.PENDING;
            idempotencyKey = KEY_PREFIX + id + "-" + (declines + 1);
        }
        this.leaseUntil = leaseUntil;
        attempts++;
        updatedAt = now;
    }

    public boolean dueAt(Instant now) {
        return status != RefundStatus.ISSUED && nextAttemptAt != null && !nextAttemptAt.isAfter(now)
                && (leaseUntil == null || !leaseUntil.isAfter(now));
    }

    /** Whether an answer for {@code key} still settles this refund (another replica may have settled it since). */
    public boolean awaits(String key) {
        return status == RefundStatus.PENDING && idempotencyKey.equals(key);
    }

    /** The provider paid: final. */
    public void issue(String providerRefundId, Instant now) {
        requirePending();
        status = RefundStatus.ISSUED;
        this.providerRefundId = providerRefundId;
        issuedAt = now;
        lastError = null;
        failureReason = null;
        nextAttemptAt = null;
        leaseUntil = null;
        updatedAt = now;
    }

    /** The provider declined or refused it: FAILED, and tried again if the policy allows. */
    public void decline(String reason, RetryPolicy policy, Instant now) {
        requirePending();
        status = RefundStatus.FAILED;
        declines++;
        failureReason = reason;
        lastError = reason;
        nextAttemptAt = policy.afterDecline(declines, now);
        leaseUntil = null;
        updatedAt = now;
    }

    /** No answer that settles it (5xx, timeout, refused connection, key in use): PENDING, asked again later. */
    public void postpone(String error, RetryPolicy policy, Instant now) {
        requirePending();
        lastError = error;
        nextAttemptAt = policy.afterTransientFailure(attempts, now);
        leaseUntil = null;
        updatedAt = now;
    }

    /** Staff ask for another try of a failed refund: due now, under a new key when it is claimed. */
    public void retryRequested(Instant now) {
        if (status != RefundStatus.FAILED) {
            throw new RefundNotFailedException(id, status);
        }
        nextAttemptAt = now;
        leaseUntil = null;
        updatedAt = now;
    }

    /** Failed, with nothing that will try it again by itself: waiting for staff. */
    public boolean failedForGood() {
        return status == RefundStatus.FAILED && nextAttemptAt == null;
    }

    private void requirePending() {
        if (status != RefundStatus.PENDING) {
            throw new IllegalStateException("refund " + id + " is " + status + ", not PENDING");
        }
    }

    public UUID id() {
        return id;
    }

    public String takedownId() {
        return takedownId;
    }

    public String orderId() {
        return orderId;
    }

    public String listingId() {
        return listingId;
    }

    public String customerId() {
        return customerId;
    }

    public Money amount() {
        return new Money(amountMinor, currency);
    }

    public String chargeReference() {
        return chargeReference;
    }

    public RefundStatus status() {
        return status;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public int attempts() {
        return attempts;
    }

    public int declines() {
        return declines;
    }

    public String lastError() {
        return lastError;
    }

    public String failureReason() {
        return failureReason;
    }

    public String providerRefundId() {
        return providerRefundId;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
